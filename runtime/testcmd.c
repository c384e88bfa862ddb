/*
 * testcmd.c -- `mailcf test`: drive the policy engine the way the sendmail
 * oracle is driven (../shared/oracle/README.md) and print the same
 * canonical lines, optionally with the chain of reasons (--explain).
 *
 *   mailcf test -C FILE [--hostname NAME] [--hosts FILE] [--mapdir DIR]
 *	[--dns FILE] [--explain] route ADDR... | check | rewrite
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "strbuf.h"
#include "xalloc.h"
#include "compiler/commands.h"
#include "runtime/cfload.h"
#include "runtime/modelload.h"
#include "runtime/policy.h"
#include "runtime/resolver.h"

static void
usage(FILE *fp)
{
	fprintf(fp,
	    "usage: mailcf test -C FILE [--hostname NAME] [--hosts FILE]\n"
	    "                   [--mapdir DIR] [--dns FILE] [--explain]\n"
	    "                   [--client-rate N] [--client-connections N]\n"
	    "                   route ADDR... | check | rewrite\n"
	    "\n"
	    "Decide as sendmail 8.17 would, and print the oracle's lines:\n"
	    "  route ADDR...   rulesets 3,0 for each recipient address\n"
	    "  check           check_relay/check_mail/check_rcpt for stdin lines\n"
	    "                  \"CLIENT_ADDR CLIENT_NAME FROM RCPT [AUTH]\"\n"
	    "  rewrite         \"MAILER FLAGS ADDRESS\" lines from stdin\n"
	    "\n"
	    "  -C FILE          the configuration: FILE.cft (mailcf build), FILE.mc\n"
	    "                   (compiled in memory) or a sendmail.cf\n"
	    "  --hostname NAME  this host's name ($w, $j, $m); default: the system's\n"
	    "  --hosts FILE     a hosts file is the only resolver (the oracle's sandbox)\n"
	    "  --mapdir DIR     read maps and class files from DIR, not /etc/mail/\n"
	    "  --dns FILE       injected DNS answers: \"NAME ADDR\" lines (ADDR TEMP =\n"
	    "                   temporary failure), used for DNS lists; \"MX:DOMAIN\n"
	    "                   H1:H2\" lines are MX hosts (badmx, relay_based_on_MX)\n"
	    "  --client-rate N  {client_rate} of every check line (ratecontrol)\n"
	    "  --client-connections N\n"
	    "                   {client_connections} of every check line (conncontrol)\n"
	    "  --explain        print the chain of reasons under each answer\n");
}

static struct ptrace *cur_trace;
static struct policy_counts counts;	/* --client-rate, ... */

static void
explain_out(struct strbuf *sb)
{
	ptrace_flush(cur_trace);
	if (sb->len > 0)
		fputs(sb->buf, stdout);
	strbuf_reset(sb);
}

static void
do_route(const struct policy_config *cf, const char *addr,
    struct ptrace *tr)
{
	struct policy_route r;
	char *s;

	policy_route(cf, addr, &r, tr);
	s = policy_route_format(&r);
	printf("%s\t%s\n", addr, s);
	free(s);
	policy_route_free(&r);
}

static char *
chomp(char *s)
{
	size_t len = strlen(s);

	while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r'))
		s[--len] = '\0';
	return s;
}

static int
blank_or_comment(const char *s)
{
	s += strspn(s, " \t");
	return *s == '\0' || *s == '#';
}

/* One check line; returns 0, or -1 when the line is malformed. */
static int
do_check(const struct policy_config *cf, char *line, struct ptrace *tr)
{
	char *f[6], *save = NULL, *copy = xstrdup(line), *name = NULL,
	    *slash, *v, *auth = NULL, *colon;
	struct policy_client c;
	int n = 0;

	for (v = strtok_r(copy, " \t", &save); v != NULL && n < 6;
	    v = strtok_r(NULL, " \t", &save))
		f[n++] = v;
	if (n < 4 || n > 5) {
		free(copy);
		return -1;
	}
	memset(&c, 0, sizeof(c));
	c.addr = f[0];
	c.resolve = "OK";
	c.auth_type = "";
	c.auth_authen = "";
	if (strcmp(f[1], "-") == 0 || f[1][0] == '[') {
		name = xasprintf("[%s]", f[0]);
		c.resolve = "FAIL";
	} else if ((slash = strchr(f[1], '/')) != NULL) {
		*slash++ = '\0';
		c.resolve = slash;
		if (strcmp(slash, "TEMP") == 0 || strcmp(slash, "FAIL") == 0)
			name = xasprintf("[%s]", f[0]);
		else
			name = xstrdup(f[1]);
	} else
		name = xstrdup(f[1]);
	c.name = name;
	if (n == 5 && strcmp(f[4], "-") != 0) {
		auth = xstrdup(f[4]);
		if ((colon = strchr(auth, ':')) != NULL) {
			*colon = '\0';
			c.auth_authen = colon + 1;
		}
		c.auth_type = auth;
	}
	v = policy_check_counts(cf, &c, &counts, f[2], f[3], tr);
	printf("%s\t%s\n", line, v);
	free(v);
	free(name);
	free(auth);
	free(copy);
	return 0;
}

static int
do_rewrite(const struct policy_config *cf, char *line, struct ptrace *tr)
{
	char mailer[64], flags[8], *addr, *v;
	int off = 0;

	if (sscanf(line, "%63s %7s %n", mailer, flags, &off) != 2 ||
	    off == 0)
		return -1;
	addr = line + off;
	v = policy_rewrite(cf, mailer, flags, addr, tr);
	printf("%s\t%s\n", line, v);
	free(v);
	return 0;
}

static int
run_stdin(const struct policy_config *cf, int check, struct ptrace *tr,
    struct strbuf *sb)
{
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, rc = EX_OK;

	while (getline(&line, &cap, stdin) != -1) {
		lineno++;
		chomp(line);
		if (blank_or_comment(line))
			continue;
		if ((check ? do_check(cf, line, tr) :
		    do_rewrite(cf, line, tr)) != 0) {
			fprintf(stderr, "mailcf: <stdin>:%d: expected %s\n",
			    lineno, check ?
			    "\"CLIENT_ADDR CLIENT_NAME FROM RCPT [AUTH]\"" :
			    "\"MAILER FLAGS ADDRESS\"");
			rc = EX_DATAERR;
			continue;
		}
		if (sb != NULL)
			explain_out(sb);
	}
	free(line);
	return rc;
}

int
test_main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "hostname", required_argument, NULL, 'n' },
		{ "hosts", required_argument, NULL, 'H' },
		{ "mapdir", required_argument, NULL, 'm' },
		{ "dns", required_argument, NULL, 'd' },
		{ "explain", no_argument, NULL, 'e' },
		{ "client-rate", required_argument, NULL, 'r' },
		{ "client-connections", required_argument, NULL, 'k' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct cfload_opts o = { NULL, NULL, NULL };
	struct policy_config cf;
	struct strbuf sb = STRBUF_INIT;
	struct ptrace tr, *trp = NULL;
	const char *cfpath = NULL, *dns = NULL, *mode;
	char err[1024];
	int ch, i, rc = EX_OK;

	memset(&tr, 0, sizeof(tr));
	optind = 1;
	while ((ch = getopt_long(argc, argv, "+C:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'C':
			cfpath = optarg;
			break;
		case 'n':
			o.hostname = optarg;
			break;
		case 'H':
			o.hosts = optarg;
			break;
		case 'm':
			o.mapdir = optarg;
			break;
		case 'd':
			dns = optarg;
			break;
		case 'r':
		case 'k': {
			char *end;
			long v = strtol(optarg, &end, 10);

			if (*optarg == '\0' || *end != '\0' || v < 0) {
				fprintf(stderr, "mailcf: test: --%s wants a "
				    "count, not '%s'\n", ch == 'r' ?
				    "client-rate" : "client-connections",
				    optarg);
				return EX_USAGE;
			}
			*(ch == 'r' ? &counts.client_rate :
			    &counts.client_connections) = v;
			break;
		}
		case 'e':
			tr.sb = &sb;
			trp = &tr;
			cur_trace = trp;
			break;
		case 'h':
			usage(stdout);
			return EX_OK;
		default:
			usage(stderr);
			return EX_USAGE;
		}
	}
	if (cfpath == NULL || optind >= argc) {
		usage(stderr);
		return EX_USAGE;
	}
	mode = argv[optind++];
	if (strcmp(mode, "route") != 0 && strcmp(mode, "check") != 0 &&
	    strcmp(mode, "rewrite") != 0) {
		fprintf(stderr, "mailcf: test: unknown mode '%s' "
		    "(route, check or rewrite)\n", mode);
		return EX_USAGE;
	}
	policy_config_init(&cf);
	if ((modelload_handles(cfpath) ?
	    modelload(&cf, cfpath, &o, err, sizeof(err)) :
	    cfload(&cf, cfpath, &o, err, sizeof(err))) != 0) {
		fprintf(stderr, "mailcf: %s\n", err);
		policy_config_free(&cf);
		return EX_CONFIG;
	}
	if (dns != NULL) {
		struct resolver *r = resolver_table(dns, err, sizeof(err));

		if (r == NULL) {
			fprintf(stderr, "mailcf: %s\n", err);
			policy_config_free(&cf);
			return EX_NOINPUT;
		}
		/* DNS lists go to the injected table; names stay. */
		resolver_close(cf.dns);
		cf.dns = r;
	}
	if (strcmp(mode, "route") == 0) {
		if (optind == argc) {
			char *line = NULL;
			size_t cap = 0;

			while (getline(&line, &cap, stdin) != -1) {
				chomp(line);
				if (blank_or_comment(line))
					continue;
				do_route(&cf, line, trp);
				if (trp != NULL)
					explain_out(&sb);
			}
			free(line);
		}
		for (i = optind; i < argc; i++) {
			do_route(&cf, argv[i], trp);
			if (trp != NULL)
				explain_out(&sb);
		}
	} else
		rc = run_stdin(&cf, strcmp(mode, "check") == 0, trp,
		    trp != NULL ? &sb : NULL);
	strbuf_free(&sb);
	ptrace_free(&tr);
	policy_config_free(&cf);
	if (fflush(stdout) != 0 || ferror(stdout))
		return EX_IOERR;
	return rc;
}
