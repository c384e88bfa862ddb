/*
 * cfload.h -- fill struct policy_config from a sendmail.cf written by the
 * cf kit (m4 output): its D, C, F, K, O and M lines, and the traces each
 * FEATURE leaves ($Id lines, map declarations, a few telltale rules).
 * XXX a stop-gap until the table loader reads a .cft; the real cf
 * grammar lives in compiler/.
 */
#ifndef MAILCF_RUNTIME_CFLOAD_H
#define MAILCF_RUNTIME_CFLOAD_H

#include <stddef.h>

struct policy_config;

struct cfload_opts {
	const char	*hostname;	/* NULL: gethostname() */
	const char	*hosts;		/* hosts file = only resolver */
	const char	*mapdir;	/* replaces /etc/mail/ */
};

/* Returns 0, or -1 with a "file:line: message" in err. */
int	cfload(struct policy_config *, const char *path,
	    const struct cfload_opts *, char *err, size_t errlen);

/* $w, $j, $m and $=w from the host name (NULL: gethostname() and the
   resolver), as sendmail finds them; both loaders use it. */
void	cfload_identity(struct policy_config *, const char *hostname);

#endif
