/*
 * gen_policy.c -- random (fixed-seed) maps, clients and addresses for the
 * differential test against real sendmail (tests/runtime/differential.sh).
 *
 *   gen_policy SEED DIR NCHECKS NROUTES
 *
 * writes into DIR the map sources (access, virtusertable, mailertable,
 * genericstable, domaintable), the class files (local-host-names, relay-domains), a
 * hosts file (the only "DNS"), users, and the inputs checks.txt (oracle
 * check format) and addresses.txt (one address per line).  The words come
 * from small pools so that maps, clients and addresses meet often.  The
 * PRNG is our own xorshift so every platform generates the same files.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long rng;

static unsigned
rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

#define PICK(a)	((a)[rnd(sizeof(a) / sizeof((a)[0]))])

static const char *users[] = { "alice", "bob", "carol", "dave", "erin",
	"frank", "root", "postmaster", "sales", "Alice", "info", "nobody" };
static const char *locdom[] = { "corp.example", "mail.corp.example",
	"mx.oracle.test", "mx", "localhost", "[127.0.1.1]" };
static const char *virtdom[] = { "virt.example", "shop.example" };
static const char *reldom[] = { "partner.example", "sub.partner.example",
	"a.b.partner.example", "relayed.example" };
static const char *remdom[] = { "example.net", "far.example", "spam.example",
	"sub.spam.example", "unknown.invalid", "ads.example", "closed.example",
	"sub.closed.example", "supplier.example", "x.supplier.example",
	"EXAMPLE.NET", "example.net.", "[192.0.2.9]", "[10.1.2.3]",
	"nowhere.invalid", "alias.example" };
static const char *hostsdom[] = { "example.net", "spam.example",
	"ads.example", "supplier.example", "corp.example",
	"mail.corp.example", "partner.example", "shop.example",
	"client.example.net", "gw.partner.example" };
static const char *clientip[] = { "127.0.0.1", "203.0.113.5", "203.0.113.77",
	"172.20.1.13", "172.20.1.50", "172.20.9.1", "10.1.2.3", "10.2.0.1",
	"192.0.2.9", "198.51.100.7", "127.0.1.1" };
static const char *clientname[] = { "-", "mx.example.net", "junk.spam.example",
	"pc1.corp.example", "client.example.net", "gw.partner.example",
	"localhost", "mail.corp.example", "host.far.example" };
static const char *values[] = { "OK", "RELAY", "REJECT", "DISCARD",
	"ERROR:5.7.1:550 Go away", "ERROR:\"550 Not here\"",
	"ERROR:4.2.1:450 Try later", "QUARANTINE:held for review",
	"550 Plain text", "RELAY", "OK", "REJECT" };

/* makemap keeps the first of duplicate keys and complains: avoid them */
static char seen[256][128];
static int nseen;

static int
fresh(const char *fmt, ...)
{
	char key[128], *p;
	va_list ap;
	int i;

	va_start(ap, fmt);
	vsnprintf(key, sizeof(key), fmt, ap);
	va_end(ap);
	for (p = key; *p != '\0'; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p += 'a' - 'A';
	for (i = 0; i < nseen; i++)
		if (strcmp(seen[i], key) == 0)
			return 0;
	if (nseen < 256)
		snprintf(seen[nseen++], sizeof(seen[0]), "%s", key);
	return 1;
}

static FILE *
fopen_in(const char *dir, const char *name)
{
	char path[4096];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((fp = fopen(path, "w")) == NULL) {
		perror(path);
		exit(74);
	}
	return fp;
}

static const char *
anydom(void)
{
	switch (rnd(4)) {
	case 0:
		return PICK(locdom);
	case 1:
		return PICK(virtdom);
	case 2:
		return PICK(reldom);
	default:
		return PICK(remdom);
	}
}

static void
user(char *buf, size_t len)
{
	switch (rnd(10)) {
	case 0:
		snprintf(buf, len, "%s+%s", PICK(users), PICK(users));
		break;
	case 1:
		snprintf(buf, len, "\"%s\"", PICK(users));
		break;
	default:
		snprintf(buf, len, "%s", PICK(users));
	}
}

static void
address(char *buf, size_t len)
{
	char u[128];

	user(u, sizeof(u));
	switch (rnd(30)) {
	case 24:
		snprintf(buf, len, "%s@%s.REDIRECT", u, PICK(remdom));
		break;
	case 25:
		snprintf(buf, len, "%s@[IPv6:::1]", u);
		break;
	case 26:
		snprintf(buf, len, "%s@%s", u, "localhost.oracle.test");
		break;
	case 27:
		snprintf(buf, len, "%s@%s.", u, PICK(locdom));
		break;
	case 28:
		snprintf(buf, len, "%s+@%s", PICK(users), PICK(virtdom));
		break;
	case 29:
		snprintf(buf, len, "%s.%s@%s", PICK(users), PICK(users),
		    anydom());
		break;
	case 0:
		snprintf(buf, len, "%s", u);
		break;
	case 1:
		snprintf(buf, len, "%s%%%s@%s", u, PICK(remdom),
		    PICK(locdom));
		break;
	case 2:
		snprintf(buf, len, "%s%%%s@%s", u, PICK(reldom),
		    PICK(reldom));
		break;
	case 3:
		snprintf(buf, len, "%s!%s", PICK(hostsdom), u);
		break;
	case 4:
		snprintf(buf, len, "<%s@%s>", u, anydom());
		break;
	case 5:
		snprintf(buf, len, "%s@%s@%s", u, anydom(), anydom());
		break;
	case 6:
		snprintf(buf, len, "@%s", anydom());
		break;
	case 7:
		snprintf(buf, len, "%s@", u);
		break;
	case 8:
		snprintf(buf, len, "%s@%s", u, PICK(virtdom));
		break;
	default:
		snprintf(buf, len, "%s@%s", u, anydom());
	}
}

static void
gen_access(const char *dir)
{
	FILE *fp = fopen_in(dir, "access");
	static const char *tags[] = { "Connect:", "From:", "To:", "" };
	static const char *ipkeys[] = { "172.20.1", "172.20.1.13", "10.1",
		"203.0.113.77", "192.0.2", "198.51.100.7" };
	int i, n = 6 + rnd(14);
	const char *t, *k, *k2;

	nseen = 0;
	for (i = 0; i < n; i++) {
		t = PICK(tags);
		switch (rnd(4)) {
		case 0:
			k = PICK(ipkeys);
			if (fresh("%s%s", t, k))
				fprintf(fp, "%s%s\t%s\n", t, k,
				    PICK(values));
			break;
		case 1:
			k = PICK(users);
			k2 = anydom();
			if (fresh("%s%s@%s", t, k, k2))
				fprintf(fp, "%s%s@%s\t%s\n", t, k, k2,
				    PICK(values));
			break;
		case 2:
			k = PICK(users);
			if (fresh("%s%s@", t, k))
				fprintf(fp, "%s%s@\t%s\n", t, k,
				    PICK(values));
			break;
		default:
			k = rnd(3) ? PICK(remdom) : rnd(2) ? PICK(reldom) :
			    PICK(clientname);
			if (fresh("%s%s", t, k))
				fprintf(fp, "%s%s\t%s\n", t, k,
				    PICK(values));
		}
	}
	fclose(fp);
}

static void
gen_virtuser(const char *dir)
{
	FILE *fp = fopen_in(dir, "virtusertable"), *mem;
	int i, n = 3 + rnd(8);
	const char *d;
	char *buf = NULL, key[256];
	size_t len = 0;

	nseen = 0;
	for (i = 0; i < n; i++) {
		mem = open_memstream(&buf, &len);
		{
		FILE *out = fp;

		fp = mem;
		d = rnd(3) ? PICK(virtdom) : "corp.example";
		switch (rnd(7)) {
		case 0:
			fprintf(fp, "@%s\t%s\n", d, PICK(users));
			break;
		case 1:
			fprintf(fp, "%s@%s\terror:nouser No such user\n",
			    PICK(users), d);
			break;
		case 2:
			fprintf(fp, "%s@%s\terror:5.7.0:550 Address invalid\n",
			    PICK(users), d);
			break;
		case 3:
			fprintf(fp, "%s@%s\t%s@%s\n", PICK(users), d,
			    PICK(users), PICK(remdom));
			break;
		case 4:
			fprintf(fp, "%s+*@%s\t%%1-%%2\n", PICK(users), d);
			break;
		case 5:
			fprintf(fp, "@%s\t%%1@%s\n", d, PICK(reldom));
			break;
		default:
			fprintf(fp, "%s@%s\t%s\n", PICK(users), d,
			    PICK(users));
		}
		fp = out;
		}
		fclose(mem);
		sscanf(buf, "%255s", key);
		if (fresh("%s", key))
			fputs(buf, fp);
		free(buf);
		buf = NULL;
	}
	fclose(fp);
}

static void
gen_mailertable(const char *dir)
{
	FILE *fp = fopen_in(dir, "mailertable");
	static const char *keys[] = { "supplier.example", ".supplier.example",
		"closed.example", "far.example", ".partner.example",
		"example.net", ".example" };
	static const char *vals[] = { "esmtp:[edi.supplier.example]",
		"smtp:mx.far.example", "relay:gw.partner.example",
		"error:5.1.2:550 No mail for this domain",
		"error:nouser:No such domain", "local:bob", "local:",
		"esmtp:%1.inner.example", "smtp8:[10.0.0.1]" };
	int i, n = 2 + rnd(5);
	const char *k;

	nseen = 0;
	for (i = 0; i < n; i++) {
		k = PICK(keys);
		if (fresh("%s", k))
			fprintf(fp, "%s\t%s\n", k, PICK(vals));
	}
	if (rnd(4) == 0)
		fprintf(fp, ".\t%s\n", PICK(vals));
	fclose(fp);
}

static void
gen_static(const char *dir)
{
	FILE *fp;
	size_t i;

	fp = fopen_in(dir, "local-host-names");
	fprintf(fp, "corp.example\nmail.corp.example\n");
	fclose(fp);
	fp = fopen_in(dir, "relay-domains");
	fprintf(fp, "partner.example\n10.1\n");
	fclose(fp);
	fp = fopen_in(dir, "hosts");
	for (i = 0; i < sizeof(hostsdom) / sizeof(hostsdom[0]); i++)
		fprintf(fp, "192.0.2.%zu\t%s\n", 100 + i, hostsdom[i]);
	fprintf(fp, "192.0.2.99\tcanon.example alias.example\n");
	fclose(fp);
	fp = fopen_in(dir, "users");
	for (i = 0; i < 6; i++)
		fprintf(fp, "%s\n", users[i]);
	fclose(fp);
	fp = fopen_in(dir, "genericstable");
	fprintf(fp, "alice\talice.smith@corp.example\n"
	    "bob@mail.corp.example\tbob@corp.example\n");
	fclose(fp);
}

/*
 * What the later features read, generated after everything else so the
 * files of the older configurations stay as they were: ClientRate: and
 * ClientConn: entries (ratecontrol, conncontrol: with the counts unset
 * in the oracle only a negative limit refuses), a domaintable, and check
 * lines from clients whose HELO name ($s) or reverse DNS the
 * block_bad_helo and require_rdns features judge.
 */
static void
gen_features(const char *dir, int nc)
{
	static const char *ratekeys[] = { "10.1", "10.1.2.3", "203.0.113",
		"203.0.113.77", "172.20.1.13", "192.0.2", "" };
	static const char *ratevals[] = { "0", "-1", "3", "10", "-5", "0" };
	static const char *dtkeys[] = { "far.example", "ads.example",
		"closed.example", "old.example", "example.net" };
	static const char *dtvals[] = { "example.net", "spam.example",
		"supplier.example", "corp.example", "mx.oracle.test" };
	static const char *fclient[] = { "10.1.2.9 h9", "10.1.2.9 h9",
		"10.3.3.3 mx.oracle.test", "10.3.3.3 mx", "10.1.2.3 -",
		"203.0.113.77 host.far.example/FAIL", "203.0.113.5 a.b/TEMP",
		"192.0.2.9 mx.example.net", "127.0.0.1 localhost",
		"172.20.1.13 pc1/FORGED", "10.2.0.1 [10.2.0.1]",
		"127.0.1.1 mx" };
	char path[4096], a[256], b[256];
	FILE *fp;
	int i, n;

	snprintf(path, sizeof(path), "%s/access", dir);
	if ((fp = fopen(path, "a")) == NULL) {
		perror(path);
		exit(74);
	}
	n = 2 + rnd(5);
	for (i = 0; i < n; i++) {
		const char *t = rnd(2) ? "ClientRate:" : "ClientConn:";
		const char *k = PICK(ratekeys);

		if (fresh("%s%s", t, k))
			fprintf(fp, "%s%s\t%s\n", t, k, PICK(ratevals));
	}
	fclose(fp);
	fp = fopen_in(dir, "domaintable");
	n = 1 + rnd(4);
	for (i = 0; i < n; i++) {
		const char *k = PICK(dtkeys);

		if (fresh("dt:%s", k))
			fprintf(fp, "%s\t%s\n", k, PICK(dtvals));
	}
	fclose(fp);
	snprintf(path, sizeof(path), "%s/checks.txt", dir);
	if ((fp = fopen(path, "a")) == NULL) {
		perror(path);
		exit(74);
	}
	for (i = 0; i < nc / 5; i++) {
		address(a, sizeof(a));
		address(b, sizeof(b));
		if (strchr(a, ' ') || strchr(b, ' '))
			continue;
		fprintf(fp, "%s %s %s%s\n", PICK(fclient), a, b,
		    rnd(10) == 0 ? " PLAIN:carol" : "");
	}
	fclose(fp);
}

int
main(int argc, char **argv)
{
	FILE *fp;
	char a[256], b[256];
	int i, nc, nr;

	if (argc != 5) {
		fprintf(stderr, "usage: gen_policy SEED DIR NCHECKS NROUTES\n");
		return 64;
	}
	rng = strtoull(argv[1], NULL, 10) * 2654435761ULL + 88172645463325252ULL;
	nc = atoi(argv[3]);
	nr = atoi(argv[4]);
	gen_static(argv[2]);
	gen_access(argv[2]);
	gen_virtuser(argv[2]);
	gen_mailertable(argv[2]);
	fp = fopen_in(argv[2], "checks.txt");
	for (i = 0; i < nc; i++) {
		address(a, sizeof(a));
		address(b, sizeof(b));
		if (rnd(8) == 0)
			snprintf(a, sizeof(a), "<>");
		if (strchr(a, ' ') || strchr(b, ' '))
			continue;
		fprintf(fp, "%s %s%s %s %s%s\n", PICK(clientip),
		    PICK(clientname), rnd(10) == 0 ? (rnd(2) ? "/FORGED" :
		    rnd(2) ? "/TEMP" : "/FAIL") : "", a, b,
		    rnd(8) == 0 ? (rnd(2) ? " PLAIN:carol" :
		    " CRAM-MD5:dave") : "");
	}
	fclose(fp);
	fp = fopen_in(argv[2], "addresses.txt");
	for (i = 0; i < nr; i++) {
		address(a, sizeof(a));
		fprintf(fp, "%s\n", a);
	}
	fclose(fp);
	fp = fopen_in(argv[2], "rewrites.txt");
	for (i = 0; i < nr; i++) {
		static const char *mailers[] = { "esmtp", "smtp", "relay",
			"local", "esmtp", "local" };
		static const char *flags[] = { "HS", "ES", "HR", "ER" };

		address(a, sizeof(a));
		fprintf(fp, "%s %s %s\n", PICK(mailers), PICK(flags), a);
	}
	fclose(fp);
	gen_features(argv[2], nc);
	return 0;
}
