/*
 * test_model.c -- unit tests of the cf parser and the config model:
 * option values by type, the option table, rule tokenization with the
 * OperatorChars in force, every statement kind landing in the model, and
 * error recovery (all errors reported, good lines kept).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "strbuf.h"
#include "compiler/cf.h"
#include "compiler/model.h"
#include "tests/tap.h"

static char	*msgbuf;
static size_t	 msglen;
static FILE	*msgfp;

/* Parse text into a fresh model; diagnostics go to msgbuf. */
static struct model *
parse(const char *text, int *errors)
{
	struct model *m = model_new();

	if (msgfp != NULL)
		fclose(msgfp);
	free(msgbuf);
	msgbuf = NULL;
	msgfp = open_memstream(&msgbuf, &msglen);
	diag_set_stream(msgfp);
	diag_reset_counts();
	(void)cf_parse_buffer(m, "t.cf", text, strlen(text));
	fflush(msgfp);
	*errors = diag_errors();
	return m;
}

static void
done(struct model *m)
{
	diag_forget_sources();
	model_free(m);
}

static void
test_durations(void)
{
	static const struct {
		const char	*in;
		char		 unit;
		int		 neg;
		long long	 want;	/* -1: an error */
	} cases[] = {
		{ "5m", 'm', 0, 300 }, { "1h30m", 'm', 0, 5400 },
		{ "10", 'm', 0, 600 }, { "10", 's', 0, 10 },
		{ "2d", 'h', 0, 172800 }, { "1w", 'm', 0, 604800 },
		{ "4", 'h', 0, 14400 }, { "0s", 'm', 0, 0 },
		{ "", 'm', 0, -1 }, { "5x", 'm', 0, -1 }, { "m", 'm', 0, -1 },
		{ "-1", 's', 0, -1 }, { "-1", 's', 1, -1000 },
		{ "99999999999999999999d", 'm', 0, -1 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		long long got = -1;
		int rc = opt_parse_duration(cases[i].in, cases[i].unit,
		    cases[i].neg, &got);

		if (cases[i].want == -1)
			ok(rc == -1, "duration '%s' is refused", cases[i].in);
		else if (cases[i].want == -1000)
			ok(rc == 0 && got == -1, "duration '%s' (negative "
			    "allowed) is -1s", cases[i].in);
		else {
			ok(rc == 0 && got == cases[i].want, "duration '%s' "
			    "(unit %c) is %llds", cases[i].in, cases[i].unit,
			    cases[i].want);
			if (rc != 0 || got != cases[i].want)
				printf("# got rc %d, %lld\n", rc, got);
		}
	}
}

static void
test_table(void)
{
	const struct optdef *d, *e;
	const char *why;
	int abbrev, bad = 0, n = 0;
	char err[256];

	for (d = optdefs; d->name != NULL; d++) {
		struct optval v;

		n++;
		for (e = d + 1; e->name != NULL; e++) {
			if (strcasecmp(d->name, e->name) == 0 ||
			    (d->letter != 0 && d->letter == e->letter)) {
				printf("# %s and %s clash\n", d->name, e->name);
				bad++;
			}
		}
		if (d->dflt != NULL && d->type != OPT_TIMEOUT &&
		    d->type != OPT_MILTER) {
			if (opt_parse_value(d, NULL, d->dflt, &v, err,
			    sizeof(err)) != 0) {
				printf("# default of %s: %s\n", d->name, err);
				bad++;
			}
			optval_free(&v);
		}
	}
	{
		const struct optdef *to = opt_lookup("Timeout", 7, &why, &abbrev);
		const struct optsub *t;
		struct optval v;

		for (t = opt_timeouts; t->name != NULL; t++) {
			if (t->dflt == NULL)
				continue;
			if (opt_parse_value(to, t->name, t->dflt, &v, err,
			    sizeof(err)) != 0) {
				printf("# default of Timeout.%s: %s\n", t->name,
				    err);
				bad++;
			}
			optval_free(&v);
		}
	}
	ok(n > 150, "the option table has every 8.17 option (%d)", n);
	ok(bad == 0, "names and letters are unique, every default (timeouts "
	    "too) is a valid value of its type");
	d = opt_lookup("aliaswait", 9, &why, &abbrev);
	ok(d != NULL && strcmp(d->name, "AliasWait") == 0 && !abbrev,
	    "names are case-insensitive");
	d = opt_lookup("ConnectionCacheTim", 18, &why, &abbrev);
	ok(d != NULL && strcmp(d->name, "ConnectionCacheTimeout") == 0 &&
	    abbrev, "an unambiguous prefix is an abbreviation");
	d = opt_lookup("Max", 3, &why, &abbrev);
	ok(d == NULL && strcmp(why, "ambiguous") == 0,
	    "an ambiguous prefix is refused");
	d = opt_lookup("Frobnicate", 10, &why, &abbrev);
	ok(d == NULL && strcmp(why, "unknown") == 0, "unknown names too");
	d = opt_by_letter('d');
	ok(d != NULL && strcmp(d->name, "DeliveryMode") == 0,
	    "old letter d is DeliveryMode");
}

static void
test_options(void)
{
	const struct model_option *o;
	struct model *m;
	int errs;

	m = parse("O AuthOptions=A p y\n"
	    "O PrivacyOptions=goaway,noetrn restrictqrun\n"
	    "O Timeout.queuewarn=4\n"
	    "O Timeout.queuereturn=5\n"
	    "O Timeout.resolver.retrans=5\n"
	    "O ConnectionCacheTimeout=1h30m\n"
	    "O TempFileMode=0640\n"
	    "O SevenBitInput\n"
	    "Odbackground\n"
	    "O DeliveryMode=q\n"
	    "O DaemonPortOptions=Name=MTA\n"
	    "O DaemonPortOptions=Port=587, Name=MSA, M=E\n"
	    "O MaxMessageSize=10485760\n"
	    "O Milter.macros.connect=j, _, {daemon_name}\n", &errs);
	is_int(errs, 0, "valid options parse without errors");
	o = model_option(m, "AuthOptions", NULL);
	ok(o != NULL && o->val.nitems == 3 && strcmp(o->val.items[1], "p") == 0,
	    "AuthOptions is a set of letters");
	o = model_option(m, "PrivacyOptions", NULL);
	ok(o != NULL && o->val.nitems == 3 &&
	    strcmp(o->val.items[2], "restrictqrun") == 0,
	    "PrivacyOptions is a set of words (commas or blanks)");
	o = model_option(m, "Timeout", "queuewarn");
	ok(o != NULL && o->val.num == 4 * 3600, "bare queuewarn is in hours");
	o = model_option(m, "Timeout", "queuereturn");
	ok(o != NULL && o->val.num == 5 * 86400, "bare queuereturn in days");
	o = model_option(m, "Timeout", "resolver.retrans");
	ok(o != NULL && o->val.num == 5, "bare resolver timeouts in seconds");
	o = model_option(m, "ConnectionCacheTimeout", NULL);
	ok(o != NULL && o->val.num == 5400, "durations concatenate");
	o = model_option(m, "TempFileMode", NULL);
	ok(o != NULL && o->val.num == 0640, "modes are octal");
	o = model_option(m, "SevenBitInput", NULL);
	ok(o != NULL && o->val.num == 1 && o->bare,
	    "a bare boolean option is true");
	o = model_option(m, "DeliveryMode", NULL);
	ok(o != NULL && o->val.num == 'q' && o->loc.line == 10,
	    "the last setting wins, with its line");
	ok(m->noptions == 14 && m->options[8].val.num == 'b' &&
	    strcmp(m->options[8].def->name, "DeliveryMode") == 0,
	    "the old one-letter form names the same option");
	ok(m->options[11].val.nitems == 3 &&
	    strcmp(m->options[11].val.items[1], "Name=MSA") == 0,
	    "DaemonPortOptions keeps each key=value");
	o = model_option(m, "Milter", "macros.connect");
	ok(o != NULL && o->val.nitems == 3, "milter macro lists");
	done(m);
}

/* The tokens of rule r of ruleset rs, joined by "|". */
static char *
toks(const struct model *m, size_t rs, size_t r, int rhs)
{
	const struct model_rule *ru = &m->rulesets[rs].rules[r];
	const struct cf_tok *t = rhs ? ru->rhs : ru->lhs;
	size_t n = rhs ? ru->nrhs : ru->nlhs, i;
	struct strbuf sb = STRBUF_INIT;

	for (i = 0; i < n; i++) {
		if (i > 0)
			strbuf_addc(&sb, '|');
		model_format_tokens(&sb, &t[i], 1);
	}
	return strbuf_detach(&sb, NULL);
}

static void
test_rules(void)
{
	struct model *m;
	char *s;
	int errs;

	m = parse("Sfoo\n"
	    "Ra+b-c.d@e\t$@ x\n"
	    "O OperatorChars=.:%@!^/[]+\n"
	    "Scanonify=3\n"
	    "Ra+b-c.d@e\t$@ x\n"
	    "R$* < @ $=w . > $*\t$: $1 < @ $j . > $2\tlocal\n"
	    "R$+ @ $={VirtHost}\t$#esmtp $@ $&{client_name} $: \"quoted "
	    "string\" $(access $1 $: $2 $)\n"
	    "R$-\n\t\t$>canonify $1\n"
	    "R$*\t$@ $1\t\tcomment with\ttabs\n"
	    "S3\n"
	    "R$~X\t$[ $1 $]\n", &errs);
	is_int(errs, 0, "rules parse");
	ok(m->nrulesets == 2 && m->rulesets[1].number == 3 &&
	    strcmp(m->rulesets[1].name, "canonify") == 0 &&
	    m->rulesets[1].nrules == 6, "S3 continues ruleset canonify=3");
	s = toks(m, 0, 0, 0);
	is_str(s, "a+b-c|.|d|@|e", "default OperatorChars .:@[] split a+b-c.d@e");
	free(s);
	s = toks(m, 1, 0, 0);
	is_str(s, "a|+|b-c|.|d|@|e", "with + an operator, a+b splits");
	free(s);
	s = toks(m, 1, 1, 0);
	is_str(s, "$*|<|@|$=w|.|>|$*", "classes and operators");
	free(s);
	s = toks(m, 1, 1, 1);
	is_str(s, "$:|$1|<|@|$j|.|>|$2", "macros and positionals");
	free(s);
	is_str(m->rulesets[1].rules[1].comment, "local", "the comment");
	s = toks(m, 1, 2, 1);
	is_str(s, "$#|esmtp|$@|$&{client_name}|$:|\"quoted string\"|$(|"
	    "access|$1|$:|$2|$)", "a quoted string is one token");
	free(s);
	s = toks(m, 1, 2, 0);
	is_str(s, "$+|@|$={VirtHost}", "long class names");
	free(s);
	s = toks(m, 1, 3, 1);
	is_str(s, "$>|canonify|$1", "a continuation line separates LHS/RHS");
	free(s);
	is_str(m->rulesets[1].rules[4].comment, "comment with\ttabs",
	    "the comment keeps its TABs");
	s = toks(m, 1, 5, 0);
	is_str(s, "$~X", "a negated class");
	free(s);
	done(m);
}

static void
test_statements(void)
{
	struct model *m;
	int errs;

	m = parse("V10/Berkeley\n"
	    "# comment\n"
	    "\tstill the comment\n"
	    "Dj$w.example.com\n"
	    "D{MTAHost}[127.0.0.1]\n"
	    "CO @ % !\n"
	    "C{Accept}OK RELAY\n"
	    "\tMORE\n"
	    "FR-o /etc/mail/relay-domains\n"
	    "Fw/etc/mail/local-host-names %[^\\#]\n"
	    "Kaccess hash -T<TMPF> -o /etc/mail/access\n"
	    "Kresolve host -a<OKR> -T<TEMP>\n"
	    "Mlocal,\t\tP=/usr/bin/procmail, F=lsDFMAw5:/|@qSPfhn9,\n"
	    "\t\tT=DNS/RFC822/X-Unix,\n"
	    "\t\tA=procmail -a $h -d $u\n"
	    "HReceived: $?sfrom $s $.\n"
	    "\t$.by $j\n"
	    "H?P?Return-Path: <$g>\n"
	    "H?${x}?X-Cond: y\n"
	    "Pbulk=-60\n"
	    "Troot daemon\n"
	    "EPATH=/bin\n"
	    "ESHELL\n"
	    "Qslow, P=/var/spool/mqueue/slow, R=2\n"
	    "Xf1, S=local:/run/f.sock, F=T, T=S:4m;R:4m\n"
	    "@loc\tsite.mc\t7\n"
	    "@feature\taccess_db\thash -o /etc/mail/access\n"
	    "@define\tconfRECEIVED_HEADER\tline one\n\tline two\n", &errs);
	is_int(errs, 0, "every statement kind parses");
	ok(m->version == 10 && strcmp(m->vendor, "Berkeley") == 0, "V");
	ok(m->nmacros == 2 && strcmp(model_macro(m, "MTAHost"),
	    "[127.0.0.1]") == 0, "D with a long name");
	ok(model_class_has(m, "O", "%") && model_class_has(m, "Accept",
	    "MORE"), "C words, continuation lines included");
	ok(m->nclasses == 4 && m->classes[2].kind == CLASS_FILE &&
	    m->classes[2].optional && strcmp(m->classes[2].file,
	    "/etc/mail/relay-domains") == 0 && m->classes[2].format == NULL,
	    "F with -o");
	ok(m->classes[3].format != NULL &&
	    strcmp(m->classes[3].format, "%[^\\#]") == 0, "F with a format");
	ok(m->nmaps == 2 && strcmp(m->maps[0].file, "/etc/mail/access") == 0 &&
	    m->maps[0].nflags == 2 && m->maps[0].flags[0].flag == 'T' &&
	    strcmp(m->maps[0].flags[0].arg, "<TMPF>") == 0,
	    "K flags and file");
	ok(m->maps[1].file == NULL && m->maps[1].nflags == 2,
	    "a host map has no file");

	ok(m->nmailers == 1 && m->mailers[0].nfields == 4 &&
	    m->mailers[0].fields[3].code == 'A' &&
	    strcmp(m->mailers[0].fields[3].value, "procmail -a $h -d $u") == 0 &&
	    m->mailers[0].fields[3].loc.line == 15,
	    "M fields over continuation lines, with their lines");
	ok(m->nheaders == 3 && strcmp(m->headers[0].value,
	    "$?sfrom $s $.\n\t$.by $j") == 0, "H keeps its continuation");
	ok(m->headers[2].cond != NULL && strcmp(m->headers[2].cond, "${x}") == 0,
	    "H with a macro condition");
	ok(m->nprecs == 1 && m->precs[0].value == -60, "P");
	ok(m->ntrusted == 1 && m->trusted[0].nusers == 2, "T");
	ok(m->nenvs == 2 && m->envs[1].value == NULL, "E");
	ok(m->nqgroups == 1 && m->nmilters == 1 &&
	    m->milters[0].nfields == 3, "Q and X");
	ok(m->ndirectives == 2 && m->directives[0].nargs == 2 &&
	    m->directives[0].mcloc.line == 7 &&
	    strcmp(m->directives[0].mcloc.file, "site.mc") == 0,
	    "@feature with its .mc location");
	ok(m->directives[1].nargs == 2 && strcmp(m->directives[1].args[1],
	    "line one\n\tline two") == 0, "@define value over two lines");
	done(m);
}

static void
test_maps(void)
{
	struct model *m;
	int errs;

	m = parse("Kdnsbl dns -R A -T<TMP> -r5\n"
	    "Kbadcmd regex -m -a<BADCMD> ^[[:print:]]+ *:\n"
	    "Kldap ldap -h \"ldap1 ldap2\" -b dc=example,dc=com -k uid=%0\n"
	    "Kvirt hash -o /etc/mail/virt extra\n", &errs);
	is_int(errs, 0, "K lines of several classes");
	ok(m->maps[0].nflags == 3 && m->maps[0].flags[0].flag == 'R' &&
	    strcmp(m->maps[0].flags[0].arg, "A") == 0 &&
	    strcmp(m->maps[0].flags[2].arg, "5") == 0 &&
	    m->maps[0].spec == NULL, "dns: -R takes the next word");
	ok(m->maps[1].nflags == 2 && m->maps[1].file == NULL &&
	    m->maps[1].spec != NULL &&
	    strcmp(m->maps[1].spec, "^[[:print:]]+ *:") == 0,
	    "regex: the pattern after the flags, blanks kept");
	ok(m->maps[2].nflags == 3 &&
	    strcmp(m->maps[2].flags[0].arg, "\"ldap1 ldap2\"") == 0 &&
	    strcmp(m->maps[2].flags[2].arg, "uid=%0") == 0,
	    "ldap: a quoted argument stays one");
	ok(strcmp(m->maps[3].file, "/etc/mail/virt") == 0 &&
	    strcmp(m->maps[3].spec, "extra") == 0, "hash: file, then the rest");
	done(m);
}

static void
test_recovery(void)
{
	struct model *m;
	int errs;

	m = parse("Dagood\n"
	    "Zbad\n"
	    "Dbgood\n"
	    "O LogLevel=lots\n"
	    "Dcgood\n"
	    "Sx\n"
	    "R$* $\t$@ x\n"
	    "Ddgood\n"
	    "Kx nosuchclass\n"
	    "Degood", &errs);
	is_int(errs, 4, "four bad lines, four errors");
	is_int(m->nmacros, 5, "the good lines around them are all kept");
	ok(msgbuf != NULL && strstr(msgbuf, "t.cf:2:1: error:") != NULL &&
	    strstr(msgbuf, "t.cf:4:12: error:") != NULL &&
	    strstr(msgbuf, "t.cf:7:5: error:") != NULL &&
	    strstr(msgbuf, "t.cf:9:4: error:") != NULL,
	    "each error at its file:line:col");
	ok(strstr(msgbuf, "    4 | O LogLevel=lots\n      |            ^~~~\n")
	    != NULL, "with the line and a caret under the value");
	done(m);

	m = parse("Da\r\nDb\0c\r\n", &errs);
	is_int(errs, 0, "CRLF line ends are read");
	done(m);
	{
		static const char nul[] = "Da\nDb\0c\n";

		m = model_new();
		diag_reset_counts();
		(void)cf_parse_buffer(m, "t.cf", nul, sizeof(nul) - 1);
		is_int(diag_errors(), 1, "a NUL byte is an error");
		ok(m->nmacros == 2, "and the line is still read");
		done(m);
	}
}

int
main(void)
{
	test_durations();
	test_table();
	test_options();
	test_rules();
	test_statements();
	test_maps();
	test_recovery();
	if (msgfp != NULL)
		fclose(msgfp);
	free(msgbuf);
	return done_testing();
}
