/*
 * resolver.c -- hosts-file, table and system backends of resolver.h.
 *
 * The hosts backend mirrors what sendmail sees in the oracle's sandbox
 * (service switch "hosts files"): a name is found iff a line lists it
 * (case-insensitively); its canonical name is the first name of the first
 * line that lists it; its address is that line's address.
 */
#include <sys/types.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <resolv.h>
#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"
#include "xalloc.h"
#include "runtime/resolver.h"

struct hent {
	char	*name;
	char	*canon;
	char	*addr;
};

struct hosts {
	struct hent	*v;
	size_t		 n, cap;
	char		*domain;	/* appended to dotless canonical names */
};

static void
hosts_add(struct hosts *h, const char *name, const char *canon,
    const char *addr)
{
	if (h->n == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 32;
		h->v = xreallocarray(h->v, h->cap, sizeof(*h->v));
	}
	h->v[h->n].name = xstrdup(name);
	h->v[h->n].canon = xstrdup(canon);
	h->v[h->n].addr = xstrdup(addr);
	h->n++;
}

static void
hosts_line(struct hosts *h, char *line)
{
	char *addr, *first, *name, *save = NULL, *names[64];
	int n = 0, i;

	if ((name = strchr(line, '#')) != NULL)
		*name = '\0';
	if ((addr = strtok_r(line, " \t\r\n", &save)) == NULL)
		return;
	if ((first = strtok_r(NULL, " \t\r\n", &save)) == NULL)
		return;
	names[n++] = first;
	while (n < 64 && (name = strtok_r(NULL, " \t\r\n", &save)) != NULL)
		names[n++] = name;
	/* the canonical name is the first one with a dot (sendmail's
	 * extract_canonname()), else the first one */
	for (i = 0; i < n; i++)
		if (strchr(names[i], '.') != NULL) {
			first = names[i];
			break;
		}
	for (i = 0; i < n; i++)
		hosts_add(h, names[i], first, addr);
}

/* First entry matching NAME (case-insensitive, trailing dot ignored). */
static const struct hent *
hosts_find(struct resolver *r, const char *name)
{
	struct hosts *h = r->priv;
	size_t i, len = strlen(name);

	if (len > 0 && name[len - 1] == '.')
		len--;
	for (i = 0; i < h->n; i++) {
		if (strlen(h->v[i].name) == len &&
		    strncasecmp(h->v[i].name, name, len) == 0)
			return &h->v[i];
	}
	return NULL;
}

static int
hosts_canon(struct resolver *r, const char *name, char **canon)
{
	const struct hent *e = hosts_find(r, name);
	struct hosts *h = r->priv;

	if (e == NULL)
		return 0;
	if (strchr(e->canon, '.') == NULL && h->domain != NULL)
		*canon = xasprintf("%s.%s", e->canon, h->domain);
	else
		*canon = xstrdup(e->canon);
	return 1;
}

static int
hosts_addr(struct resolver *r, const char *name, char **addr)
{
	const struct hent *e = hosts_find(r, name);

	if (e == NULL)
		return 0;
	*addr = xstrdup(e->addr);
	return 1;
}

static void
hosts_close(struct resolver *r)
{
	struct hosts *h = r->priv;
	size_t i;

	for (i = 0; i < h->n; i++) {
		free(h->v[i].name);
		free(h->v[i].canon);
		free(h->v[i].addr);
	}
	free(h->v);
	free(h->domain);
	free(h);
}

static int
hosts_dns_a(struct resolver *r, const char *name, char **addr)
{
	(void)r;
	(void)name;
	(void)addr;
	return -1;
}

static const struct resolver_backend hosts_backend = {
	.name = "hosts",
	.canon = hosts_canon,
	.addr = hosts_addr,
	.dns_a = hosts_dns_a,
	.close = hosts_close,
};

struct resolver *
resolver_hosts(const char *path, const char *self, char *err, size_t errlen)
{
	struct resolver *r;
	struct hosts *h;
	FILE *fp = NULL;
	char *line = NULL, *buf;
	size_t cap = 0;

	if (path != NULL && (fp = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	h = xcalloc(1, sizeof(*h));
	hosts_add(h, "localhost", "localhost", "127.0.0.1");
	if (self != NULL && strchr(self, '.') != NULL)
		h->domain = xstrdup(strchr(self, '.') + 1);
	if (self != NULL) {
		buf = xasprintf("127.0.1.1 %s %.*s", self,
		    (int)strcspn(self, "."), self);
		hosts_line(h, buf);
		free(buf);
	}
	while (fp != NULL && getline(&line, &cap, fp) != -1)
		hosts_line(h, line);
	free(line);
	if (fp != NULL)
		fclose(fp);
	r = xcalloc(1, sizeof(*r));
	r->be = &hosts_backend;
	r->priv = h;
	return r;
}

/* Table backend: the hosts lookups, but "NAME TEMP" is a temp failure. */
static int
table_canon(struct resolver *r, const char *name, char **canon)
{
	const struct hent *e = hosts_find(r, name);

	if (e == NULL)
		return 0;
	if (strcmp(e->addr, "TEMP") == 0)
		return -1;
	*canon = xstrdup(e->name);
	return 1;
}

static int
table_addr(struct resolver *r, const char *name, char **addr)
{
	const struct hent *e = hosts_find(r, name);

	if (e == NULL)
		return 0;
	if (strcmp(e->addr, "TEMP") == 0)
		return -1;
	*addr = xstrdup(e->addr);
	return 1;
}

static int
table_mx(struct resolver *r, const char *domain, char **list)
{
	char *k = xasprintf("MX:%s", domain);
	int rc = table_addr(r, k, list);

	free(k);
	return rc;
}

static const struct resolver_backend table_backend = {
	.name = "table",
	.canon = table_canon,
	.addr = table_addr,
	.dns_a = table_addr,
	.mx = table_mx,
	.close = hosts_close,
};

struct resolver *
resolver_table(const char *path, char *err, size_t errlen)
{
	struct resolver *r;
	struct hosts *h;
	FILE *fp;
	char *line = NULL, *name, *val, *save;
	size_t cap = 0;

	if ((fp = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	h = xcalloc(1, sizeof(*h));
	while (getline(&line, &cap, fp) != -1) {
		save = NULL;
		if (line[0] == '#')
			continue;
		if ((name = strtok_r(line, " \t\r\n", &save)) == NULL ||
		    (val = strtok_r(NULL, " \t\r\n", &save)) == NULL)
			continue;
		hosts_add(h, name, name, val);
	}
	free(line);
	fclose(fp);
	r = xcalloc(1, sizeof(*r));
	r->be = &table_backend;
	r->priv = h;
	return r;
}

static int
sys_canon(struct resolver *r, const char *name, char **canon)
{
	struct addrinfo hints, *res = NULL;
	int e;

	(void)r;
	memset(&hints, 0, sizeof(hints));
	hints.ai_flags = AI_CANONNAME;
	hints.ai_socktype = SOCK_STREAM;
	e = getaddrinfo(name, NULL, &hints, &res);
	if (e == EAI_AGAIN)
		return -1;
	if (e != 0)
		return 0;
	*canon = xstrdup(res->ai_canonname != NULL ? res->ai_canonname :
	    name);
	freeaddrinfo(res);
	return 1;
}

static int
sys_addr(struct resolver *r, const char *name, char **addr)
{
	struct addrinfo hints, *res = NULL;
	char buf[INET6_ADDRSTRLEN];
	int e;

	(void)r;
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_INET;
	hints.ai_socktype = SOCK_STREAM;
	e = getaddrinfo(name, NULL, &hints, &res);
	if (e == EAI_AGAIN)
		return -1;
	if (e != 0)
		return 0;
	inet_ntop(AF_INET, &((struct sockaddr_in *)res->ai_addr)->sin_addr,
	    buf, sizeof(buf));
	freeaddrinfo(res);
	*addr = xstrdup(buf);
	return 1;
}

/* MX records through the system's resolver library (res_query; the
   answer is parsed here, so no -lresolv is needed). */
static unsigned
get16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static int
sys_mx(struct resolver *r, const char *domain, char **list)
{
	unsigned char ans[4096];
	const unsigned char *p, *end;
	char host[1025];
	struct { unsigned pref; char *name; } mx[32], t;
	struct strbuf sb = STRBUF_INIT;
	int len, i, j, k, n = 0;
	unsigned qd, an, type, rdlen;

	(void)r;
	h_errno = 0;
	len = res_query(domain, C_IN, T_MX, ans, sizeof(ans));
	if (len < 0)
		return h_errno == TRY_AGAIN || h_errno == NO_RECOVERY ? -1 :
		    0;
	if (len < 12 || len > (int)sizeof(ans))
		return -1;
	end = ans + len;
	qd = get16(ans + 4);
	an = get16(ans + 6);
	p = ans + 12;
	for (i = 0; i < (int)qd; i++) {
		if ((k = dn_skipname(p, end)) < 0 || p + k + 4 > end)
			return -1;
		p += k + 4;
	}
	for (i = 0; i < (int)an && n < 32; i++) {
		if ((k = dn_skipname(p, end)) < 0 || p + k + 10 > end)
			break;
		p += k;
		type = get16(p);
		rdlen = get16(p + 8);
		p += 10;
		if (p + rdlen > end)
			break;
		if (type == T_MX && rdlen >= 3 && dn_expand(ans, end, p + 2,
		    host, sizeof(host)) >= 0) {
			mx[n].pref = get16(p);
			mx[n].name = xstrdup(host);
			n++;
		}
		p += rdlen;
	}
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && mx[j - 1].pref > mx[j].pref; j--) {
			t = mx[j];
			mx[j] = mx[j - 1];
			mx[j - 1] = t;
		}
	for (i = 0; i < n; i++) {
		if (i > 0)
			strbuf_addc(&sb, ':');
		strbuf_adds(&sb, mx[i].name);
		free(mx[i].name);
	}
	if (n == 0)
		return 0;
	*list = strbuf_detach(&sb, NULL);
	return 1;
}

static void
sys_close(struct resolver *r)
{
	(void)r;
}

static const struct resolver_backend sys_backend = {
	.name = "system",
	.canon = sys_canon,
	.addr = sys_addr,
	.dns_a = sys_addr,
	.mx = sys_mx,
	.close = sys_close,
};

struct resolver *
resolver_system(void)
{
	struct resolver *r = xcalloc(1, sizeof(*r));

	r->be = &sys_backend;
	return r;
}

int
resolver_canon(struct resolver *r, const char *name, char **canon)
{
	*canon = NULL;
	if (r == NULL)
		return 0;
	return r->be->canon(r, name, canon);
}

int
resolver_addr(struct resolver *r, const char *name, char **addr)
{
	*addr = NULL;
	if (r == NULL)
		return 0;
	return r->be->addr(r, name, addr);
}

int
resolver_dns_a(struct resolver *r, const char *name, char **addr)
{
	*addr = NULL;
	if (r == NULL)
		return -1;
	return r->be->dns_a(r, name, addr);
}

int
resolver_mx(struct resolver *r, const char *domain, char **list)
{
	*list = NULL;
	if (r == NULL || r->be->mx == NULL)
		return 0;
	return r->be->mx(r, domain, list);
}

void
resolver_close(struct resolver *r)
{
	if (r == NULL)
		return;
	r->be->close(r);
	free(r);
}
