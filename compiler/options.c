/*
 * options.c -- the one table of sendmail 8.17's options (model.h) and the
 * parsers of their values.
 *
 * Each row: long name, old one-letter name, value type, flags, default
 * unit of a bare duration, vocabulary (letters or words), the binary's
 * default when no O line sets it, and the compile option the option needs
 * (NULL: always there).  Names and defaults follow sendmail 8.17.1.9's
 * option table and docs (see /work/shared/reference/options.md).
 *
 * Stricter than sendmail on purpose: sendmail reads "O HoldExpensive=on"
 * as false and "O MaxMessageSize=10M" as 10 bytes without a word; here
 * both are errors, with the reason.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"
#include "compiler/model.h"

#define B(n, l, d)	{ n, l, OPT_BOOL, 0, 0, NULL, d, NULL }
#define I(n, l, d)	{ n, l, OPT_INT, 0, 0, NULL, d, NULL }
#define IN(n, l, d)	{ n, l, OPT_INT, OPTF_NEG, 0, NULL, d, NULL }
#define SZ(n, l, d)	{ n, l, OPT_SIZE, 0, 0, NULL, d, NULL }
#define DU(n, l, u, d)	{ n, l, OPT_DURATION, 0, u, NULL, d, NULL }
#define S(n, l, d)	{ n, l, OPT_STRING, 0, 0, NULL, d, NULL }
#define L(n, l, d)	{ n, l, OPT_LIST, 0, 0, NULL, d, NULL }
#define C(n, l, v, d)	{ n, l, OPT_CHAR, 0, 0, v, d, NULL }
#define W(n, l, v, d)	{ n, l, OPT_WORDS, 0, 0, v, d, NULL }
#define FFR(n, t, c)	{ n, 0, t, 0, 0, NULL, NULL, c }

static const char privacy_words[] =
    "public needmailhelo needexpnhelo needvrfyhelo noexpn novrfy noetrn "
    "noverb restrictmailq restrictqrun restrictexpand noreceipts "
    "nobodyreturn goaway authwarnings noactualrecipient noreflection";

static const char dbs_words[] =
    "safe AssumeSafeChown ClassFileInUnsafeDirPath "
    "DontWarnForwardFileInUnsafeDirPath ErrorHeaderInUnsafeDirPath "
    "FileDeliveryToHardLink FileDeliveryToSymLink "
    "ForwardFileInGroupWritableDirPath ForwardFileInUnsafeDirPath "
    "ForwardFileInUnsafeDirPathSafe GroupReadableDefaultAuthInfoFile "
    "GroupReadableKeyFile GroupReadableSASLDBFile GroupWritableAliasFile "
    "GroupWritableDirPathSafe GroupWritableForwardFile "
    "GroupWritableForwardFileSafe GroupWritableIncludeFile "
    "GroupWritableIncludeFileSafe GroupWritableSASLDBFile "
    "HelpFileInUnsafeDirPath IncludeFileInGroupWritableDirPath "
    "IncludeFileInUnsafeDirPath IncludeFileInUnsafeDirPathSafe "
    "InsufficientEntropy LinkedAliasFileInWritableDir "
    "LinkedClassFileInWritableDir LinkedForwardFileInWritableDir "
    "LinkedIncludeFileInWritableDir LinkedMapInWritableDir "
    "LinkedServiceSwitchFileInWritableDir MapInUnsafeDirPath "
    "NonRootSafeAddr RunProgramInUnsafeDirPath RunWritableProgram "
    "TrustStickyBit WorldWritableAliasFile WorldWritableForwardfile "
    "WorldWritableIncludefile WriteMapToHardLink WriteMapToSymLink "
    "WriteStatsToHardLink WriteStatsToSymLink";

static const char resolver_words[] =
    "debug aaonly usevc primary igntc recurse defnames stayopen "
    "use_inet6 dnsrch HasWildcardMX WorkAroundBrokenAAAA";

const struct optdef optdefs[] = {
	S("AliasFile", 'A', NULL),
	DU("AliasWait", 'a', 'm', NULL),
	B("AllowBogusHELO", 0, "False"),
	{ "AuthMaxBits", 0, OPT_INT, 0, 0, NULL, NULL, NULL },
	L("AuthMechanisms", 0,
	    "EXTERNAL GSSAPI KERBEROS_V4 DIGEST-MD5 CRAM-MD5"),
	{ "AuthOptions", 0, OPT_LETTERS, 0, 0, "Aacdfmpy", NULL, NULL },
	S("AuthRealm", 0, "$j"),
	FFR("AddBcc", OPT_BOOL, "_FFR_ADD_BCC"),
	FFR("AddrTypeModes", OPT_BOOL, "_FFR_ADDR_TYPE_MODES"),
	I("BadRcptThrottle", 0, "0"),
	{ "BadRcptThrottleDelay", 0, OPT_DURATION, 0, 's', NULL, NULL,
	    "_FFR_RCPTTHROTDELAY" },
	FFR("BadRcptShutdown", OPT_INT, "_FFR_BADRCPT_SHUTDOWN"),
	FFR("BadRcptShutdownGood", OPT_INT, "_FFR_BADRCPT_SHUTDOWN"),
	S("BlankSub", 'B', " "),
	FFR("BounceQueue", OPT_STRING, "_FFR_BOUNCE_QUEUE"),
	S("CACertFile", 0, NULL),
	S("CACertPath", 0, NULL),
	S("CertFingerprintAlgorithm", 0, "md5"),
	B("CheckAliases", 'n', "False"),
	FFR("CheckQueueRunners", OPT_BOOL, "_FFR_QUEUE_RUN_PARANOIA"),
	I("CheckpointInterval", 'C', "10"),
	S("CipherList", 0, NULL),
	S("CipherSuites", 0, NULL),
	I("ClassFactor", 'z', "1800"),
	S("ClientCACertFile", 0, NULL),
	S("ClientCACertPath", 0, NULL),
	S("ClientCertFile", 0, NULL),
	S("ClientKeyFile", 0, NULL),
	{ "ClientPortOptions", 0, OPT_PORTOPTS, OPTF_MULTI, 0, NULL, NULL,
	    NULL },
	S("ClientSSLOptions", 0, NULL),
	B("ColonOkInAddr", 0, "False"),
	I("ConnectionCacheSize", 'k', "1"),
	DU("ConnectionCacheTimeout", 'K', 'm', "5m"),
	I("ConnectionRateThrottle", 0, "0"),
	DU("ConnectionRateWindowSize", 0, 's', "60s"),
	S("ConnectOnlyTo", 0, NULL),
	S("ControlSocketName", 0, NULL),
	S("CRLFile", 0, NULL),
	S("CRLPath", 0, NULL),
	S("DANE", 0, "false"),
	{ "DaemonPortOptions", 'O', OPT_PORTOPTS, OPTF_MULTI, 0, NULL, NULL,
	    NULL },
	SZ("DataFileBufferSize", 0, "4096"),
	S("DeadLetterDrop", 0, NULL),
	S("DefaultAuthInfo", 0, NULL),
	S("DefaultCharSet", 0, "unknown-8bit"),
	S("DefaultUser", 'u', NULL),
	I("DelayLA", 0, "0"),
	{ "DeliverByMin", 0, OPT_DURATION, OPTF_NEG, 's', NULL, "0", NULL },
	C("DeliveryMode", 'd', "ibqdIBQD", "b"),
	S("DHParameters", 0, "i"),
	DU("DialDelay", 0, 's', "0s"),
	S("DirectSubmissionModifiers", 0, "c u"),
	W("DontBlameSendmail", 0, dbs_words, "safe"),
	B("DontExpandCnames", 0, "False"),
	B("DontInitGroups", 0, "False"),
	FFR("DontLockFilesForRead", OPT_BOOL,
	    "_FFR_DONTLOCKFILESFORREAD_OPTION"),
	{ "DontProbeInterfaces", 0, OPT_ENUM, OPTF_ONEWORD, 0, "loopback",
	    "False", NULL },
	B("DontPruneRoutes", 'R', "False"),
	S("DoubleBounceAddress", 0, "postmaster"),
	FFR("EightBitAddrOK", OPT_BOOL, "_FFR_EIGHT_BIT_ADDR_OK"),
	C("EightBitMode", '8', "smpSMP", "p"),
	S("ErrorHeader", 'E', NULL),
	C("ErrorMode", 'e', "pqmwePQMWE", "p"),
	S("FallbackMXhost", 'V', NULL),
	S("FallbackSmartHost", 0, NULL),
	I("FastSplit", 0, "1"),
	FFR("FIPSMode", OPT_BOOL, "_FFR_FIPSMODE"),
	B("ForkEachJob", 'Y', "False"),
	S("ForwardPath", 'J', "$z/.forward"),
	FFR("Hacks", OPT_INT, "_FFR_BLANKENV_MACV"),
	S("HeloName", 0, "$j"),
	S("HelpFile", 'H', "helpfile"),
	B("HoldExpensive", 'c', "False"),
	S("HostsFile", 0, "/etc/hosts"),
	S("HostStatusDirectory", 0, NULL),
	B("IgnoreDots", 'i', "False"),
	FFR("InetQoS", OPT_STRING, "_FFR_QOS"),
	L("InputMailFilters", 0, NULL),
	FFR("KeepBcc", OPT_BOOL, "_FFR_KEEPBCC"),
	S("LDAPDefaultSpec", 0, NULL),
	I("LogLevel", 'L', "9"),
	S("MailboxDatabase", 0, "pw"),
	B("MatchGECOS", 'G', "False"),
	I("MaxAliasRecursion", 0, "10"),
	I("MaxDaemonChildren", 0, "0"),
	FFR("MaxForwardEntries", OPT_INT, "_FFR_MAX_FORWARD_ENTRIES"),
	I("MaxHeadersLength", 0, "32768"),
	I("MaxHopCount", 'h', "25"),
	S("MaxMimeHeaderLength", 0, "2048/1024"),
	SZ("MaxMessageSize", 0, "0"),
	I("MaxNOOPCommands", 0, "20"),
	DU("MaxQueueAge", 0, 'm', "0"),
	I("MaxQueueChildren", 0, NULL),
	I("MaxQueueRunSize", 0, "0"),
	I("MaxRecipientsPerMessage", 0, "0"),
	I("MaxRunnersPerQueue", 0, "1"),
	FFR("MemoryResource", OPT_STRING, "_FFR_MEMSTAT"),
	FFR("MessageAccept", OPT_STRING, "_FFR_MSG_ACCEPT"),
	B("MeToo", 'm', "True"),
	{ "Milter", 0, OPT_MILTER, 0, 0, NULL, NULL, NULL },
	I("MinFreeBlocks", 'b', "100"),
	DU("MinQueueAge", 0, 'm', "0"),
	S("MustQuoteChars", 0, ".'"),
	FFR("NameSearchList", OPT_STRING, "DNSSEC_TEST"),
	FFR("NameServer", OPT_STRING, "DNSSEC_TEST"),
	IN("NiceQueueRun", 0, "0"),
	{ "NoRecipientAction", 0, OPT_ENUM, 0, 0,
	    "none add-to add-apparently-to add-bcc add-to-undisclosed",
	    "none", NULL },
	B("OldStyleHeaders", 'o', "False"),
	S("OperatorChars", 0, ".:@[]"),
	S("PidFile", 0, "/var/run/sendmail.pid"),
	S("PostmasterCopy", 'P', NULL),
	W("PrivacyOptions", 'p', privacy_words, "authwarnings"),
	S("ProcessTitlePrefix", 0, NULL),
	I("QueueFactor", 'q', "600000"),
	{ "QueueFileMode", 0, OPT_MODE, 0, 0, NULL, "0600", NULL },
	I("QueueLA", 'x', NULL),
	FFR("QueueLowMem", OPT_INT, "_FFR_MEMSTAT"),
	S("QueueDirectory", 'Q', NULL),
	C("QueueSortOrder", 0, "phftrmnPHFTRMN", "p"),
	{ "QueueTimeout", 'T', OPT_DURATION, 0, 'd', NULL, NULL, NULL },
	S("RandFile", 0, NULL),
	I("RecipientFactor", 'y', "30000"),
	I("RefuseLA", 'X', NULL),
	FFR("RefuseLowMem", OPT_INT, "_FFR_MEMSTAT"),
	DU("RejectLogInterval", 0, 'h', "3h"),
	FFR("RejectNUL", OPT_BOOL, "_FFR_REJECT_NUL_BYTE"),
	{ "RemoteMode", '>', OPT_STRING, 0, 0, NULL, NULL, "REMOTE_MODE" },
	B("RequiresDirfsync", 0, "True"),
	W("ResolverOptions", 'I', resolver_words, NULL),
	I("RetryFactor", 'Z', "90000"),
	B("RrtImpliesDsn", 0, "False"),
	S("RunAsUser", 0, NULL),
	S("SafeFileEnvironment", 0, NULL),
	B("SaveFromLine", 'f', "False"),
	B("SendMimeErrors", 'j', "True"),
	S("ServerCertFile", 0, NULL),
	S("ServerKeyFile", 0, NULL),
	S("ServerSSLOptions", 0, NULL),
	S("ServiceSwitchFile", 0, "/etc/mail/service.switch"),
	FFR("SetCertAltnames", OPT_BOOL, "_FFR_TLS_ALTNAMES"),
	B("SevenBitInput", '7', "False"),
	IN("SharedMemoryKey", 0, "0"),
	S("SharedMemoryKeyFile", 0, NULL),
	B("SingleLineFromHeader", 0, "False"),
	B("SingleThreadDelivery", 0, "False"),
	S("SmtpGreetingMessage", 0, "$j Sendmail $v ready at $b"),
	B("SmtpUTF8", 0, "False"),
	B("SoftBounce", 0, "False"),
	S("SSLEngine", 0, NULL),
	S("SSLEnginePath", 0, NULL),
	S("StatusFile", 'S', NULL),
	FFR("StrictTransportSecurity", OPT_BOOL, "_FFR_MTA_STS"),
	C("SuperSafe", 's', "tTyYfFnNiIpP", "True"),
	{ "TempFileMode", 'F', OPT_MODE, 0, 0, NULL, "0600", NULL },
	{ "Timeout", 'r', OPT_TIMEOUT, 0, 'm', NULL, NULL, NULL },
	S("TimeZoneSpec", 't', NULL),
	B("TLSFallbacktoClear", 0, "False"),
	{ "TLSSrvOptions", 0, OPT_LETTERS, 0, 0, "VC", NULL, NULL },
	S("TrustedUser", 0, "root"),
	B("TryNullMXList", 'w', "False"),
	S("UnixFromLine", 0, "From $g $d"),
	B("UnsafeGroupWrites", 0, "True"),
	B("UseCompressedIPv6Addresses", 0, NULL),
	B("UseErrorsTo", 'l', "False"),
	B("UseMSP", 0, "False"),
	S("UserDatabaseSpec", 'U', NULL),
	B("Verbose", 'v', "False"),
	SZ("XscriptFileBufferSize", 0, "4096"),
	{ NULL, 0, OPT_STRING, 0, 0, NULL, NULL, NULL }
};

/* Timeout.* and their defaults in sendmail 8.17 (options.md). */
const struct optsub opt_timeouts[] = {
	{ "initial", "5m" }, { "connect", "0s" }, { "iconnect", "0s" },
	{ "aconnect", "0s" }, { "helo", "5m" }, { "mail", "10m" },
	{ "rcpt", "1h" }, { "datainit", "5m" }, { "datablock", "1h" },
	{ "datafinal", "1h" }, { "rset", "5m" }, { "quit", "2m" },
	{ "misc", "2m" }, { "command", "1h" }, { "ident", "5s" },
	{ "fileopen", "60s" }, { "control", "2m" }, { "lhlo", "2m" },
	{ "auth", "10m" }, { "starttls", "1h" }, { "hoststatus", "30m" },
	{ "queuereturn", "5d" }, { "queuereturn.normal", NULL },
	{ "queuereturn.urgent", NULL }, { "queuereturn.non-urgent", NULL },
	{ "queuereturn.dsn", NULL }, { "queuewarn", NULL },
	{ "queuewarn.normal", NULL }, { "queuewarn.urgent", NULL },
	{ "queuewarn.non-urgent", NULL }, { "queuewarn.dsn", NULL },
	{ "resolver.retrans", NULL }, { "resolver.retrans.first", NULL },
	{ "resolver.retrans.normal", NULL }, { "resolver.retry", NULL },
	{ "resolver.retry.first", NULL }, { "resolver.retry.normal", NULL },
	{ NULL, NULL }
};

const struct optsub opt_milter_subs[] = {
	{ "LogLevel", NULL }, { "macros.connect", "" }, { "macros.helo", "" },
	{ "macros.envfrom", "" }, { "macros.envrcpt", "" },
	{ "macros.data", "" }, { "macros.eoh", "" }, { "macros.eom", "" },
	{ NULL, NULL }
};

const struct optdef *
opt_lookup(const char *name, size_t len, const char **why, int *abbrev)
{
	const struct optdef *d, *found = NULL;
	int nfound = 0, c0;

	*abbrev = 0;
	*why = "unknown";
	if (len == 0)
		return NULL;
	c0 = tolower((unsigned char)name[0]);
	for (d = optdefs; d->name != NULL; d++) {
		/* the first letter first: most names differ there */
		if (tolower((unsigned char)d->name[0]) != c0 ||
		    strncasecmp(d->name, name, len) != 0)
			continue;
		if (d->name[len] == '\0')
			return d;
		found = d;
		nfound++;
	}
	if (nfound == 1) {
		*abbrev = 1;
		return found;
	}
	if (nfound > 1)
		*why = "ambiguous";
	return NULL;
}

const struct optdef *
opt_by_letter(int c)
{
	const struct optdef *d;

	if (c == 0)
		return NULL;
	for (d = optdefs; d->name != NULL; d++)
		if (d->letter == c)
			return d;
	return NULL;
}

void
optval_free(struct optval *v)
{
	size_t i;

	for (i = 0; i < v->nitems; i++)
		free(v->items[i]);
	free(v->items);
	v->items = NULL;
	v->nitems = 0;
}

static void
add_item(struct optval *v, const char *s, size_t n)
{
	v->items = xreallocarray(v->items, v->nitems + 2, sizeof(*v->items));
	v->items[v->nitems++] = xstrndup(s, n);
	v->items[v->nitems] = NULL;
}

/* Split at commas and blanks into v->items. */
static void
split_list(const char *s, struct optval *v)
{
	const char *p;

	for (;;) {
		while (*s == ',' || *s == ' ' || *s == '\t' || *s == '\n')
			s++;
		if (*s == '\0')
			break;
		for (p = s; *p != '\0' && *p != ',' && *p != ' ' &&
		    *p != '\t' && *p != '\n'; p++)
			;
		add_item(v, s, (size_t)(p - s));
		s = p;
	}
}

static long long
unit_seconds(char u)
{
	switch (u) {
	case 's': return 1;
	case 'm': return 60;
	case 'h': return 3600;
	case 'd': return 86400;
	case 'w': return 604800;
	default: return 0;
	}
}

int
opt_parse_duration(const char *s, char unit, int neg, long long *secs)
{
	long long total = 0, n, mul;
	int sign = 1, any = 0;

	if (*s == '-' && neg) {
		sign = -1;
		s++;
	}
	while (*s != '\0') {
		if (!isdigit((unsigned char)*s))
			return -1;
		n = 0;
		while (isdigit((unsigned char)*s)) {
			if (n > (LLONG_MAX / 10 - 9) / 604800)
				return -1;
			n = n * 10 + (*s++ - '0');
		}
		mul = unit_seconds(*s != '\0' ? *s : unit);
		if (mul == 0)
			return -1;
		if (*s != '\0')
			s++;
		total += n * mul;
		if (total > LLONG_MAX / 2)
			return -1;
		any = 1;
	}
	if (!any)
		return -1;
	*secs = sign * total;
	return 0;
}

static int
vocab_has(const char *vocab, const char *w, size_t n)
{
	const char *p = vocab, *e;

	while (*p != '\0') {
		for (e = p; *e != '\0' && *e != ' '; e++)
			;
		if ((size_t)(e - p) == n && strncasecmp(p, w, n) == 0)
			return 1;
		p = *e ? e + 1 : e;
	}
	return 0;
}

static char
timeout_unit(const char *sub)
{
	if (strncasecmp(sub, "queuewarn", 9) == 0)
		return 'h';
	if (strncasecmp(sub, "queuereturn", 11) == 0)
		return 'd';
	if (strncasecmp(sub, "resolver.", 9) == 0)
		return 's';
	return 'm';
}

static int
parse_number(const char *raw, int neg, long long *out)
{
	char *end;
	long long v;

	if (*raw == '\0' || isspace((unsigned char)*raw))
		return -1;
	if (!neg && *raw == '-')
		return -1;
	errno = 0;
	v = strtoll(raw, &end, 10);
	if (errno != 0 || *end != '\0')
		return -1;
	*out = v;
	return 0;
}

static int
parse_portopts(const char *raw, struct optval *out, char *err, size_t errlen)
{
	const char *p = raw, *e;

	/* Name=MTA, Port=587, M=E: commas separate, blanks around are
	   skipped; M= modifiers are letters, so no comma inside values */
	while (*p != '\0') {
		while (*p == ',' || *p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (*p == '\0')
			break;
		for (e = p; *e != '\0' && *e != ','; e++)
			;
		while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
		if (memchr(p, '=', (size_t)(e - p)) == NULL) {
			snprintf(err, errlen, "'%.*s' is not a key=value pair",
			    (int)(e - p), p);
			add_item(out, p, (size_t)(e - p));
			out->bad = out->items[out->nitems - 1];
			return -1;
		}
		add_item(out, p, (size_t)(e - p));
		p = e;
		while (*p != '\0' && *p != ',')
			p++;
	}
	return 0;
}

int
opt_parse_value(const struct optdef *def, const char *sub, const char *raw,
    struct optval *out, char *err, size_t errlen)
{
	long long v;
	size_t i;

	memset(out, 0, sizeof(*out));
	switch (def->type) {
	case OPT_BOOL:
		if (raw[0] == '\0' || strchr("tTyY", raw[0]) != NULL)
			out->num = 1;
		else if (strchr("fFnN", raw[0]) != NULL)
			out->num = 0;
		else {
			snprintf(err, errlen, "'%s' is not a boolean (True or "
			    "False; sendmail would read it as False)", raw);
			return -1;
		}
		return 0;
	case OPT_INT:
		if (parse_number(raw, (def->flags & OPTF_NEG) != 0, &v) != 0 ||
		    v > INT_MAX || v < INT_MIN) {
			snprintf(err, errlen, "'%s' is not %s integer", raw,
			    def->flags & OPTF_NEG ? "an" : "a non-negative");
			return -1;
		}
		out->num = v;
		return 0;
	case OPT_SIZE:
		if (parse_number(raw, 0, &v) != 0) {
			snprintf(err, errlen, "'%s' is not a size in bytes "
			    "(sendmail takes no k/M/G suffix)", raw);
			return -1;
		}
		out->num = v;
		return 0;
	case OPT_DURATION:
		if (opt_parse_duration(raw, def->unit,
		    (def->flags & OPTF_NEG) != 0, &v) != 0) {
			snprintf(err, errlen, "'%s' is not a duration (digits "
			    "with units s, m, h, d, w, as in 1h30m; a bare "
			    "number is in %s)", raw, def->unit == 's' ?
			    "seconds" : def->unit == 'm' ? "minutes" :
			    def->unit == 'h' ? "hours" : "days");
			return -1;
		}
		out->num = v;
		return 0;
	case OPT_TIMEOUT:
		if (sub == NULL) {
			/* old "Or" form: a duration or name=duration list */
			if (opt_parse_duration(raw, 'm', 0, &v) == 0) {
				out->num = v;
				return 0;
			}
			split_list(raw, out);
			for (i = 0; i < out->nitems; i++) {
				char *eq = strchr(out->items[i], '=');

				if (eq == NULL || opt_parse_duration(eq + 1,
				    'm', 0, &v) != 0) {
					snprintf(err, errlen, "'%s' is not "
					    "name=duration", out->items[i]);
					out->bad = out->items[i];
					return -1;
				}
			}
			return 0;
		}
		if (strncasecmp(sub, "resolver.retry", 14) == 0) {
			if (parse_number(raw, 0, &v) != 0) {
				snprintf(err, errlen, "'%s' is not a number of "
				    "retries", raw);
				return -1;
			}
			out->num = v;
			return 0;
		}
		if (opt_parse_duration(raw, timeout_unit(sub), 0, &v) != 0) {
			snprintf(err, errlen, "'%s' is not a duration (as in "
			    "5m or 1h30m)", raw);
			return -1;
		}
		out->num = v;
		return 0;
	case OPT_MODE:
		if (raw[0] == '\0' || strspn(raw, "01234567") != strlen(raw) ||
		    strlen(raw) > 6 || strtol(raw, NULL, 8) > 07777) {
			snprintf(err, errlen, "'%s' is not an octal file mode "
			    "(as in 0600)", raw);
			return -1;
		}
		out->num = strtol(raw, NULL, 8);
		return 0;
	case OPT_CHAR:
		if (raw[0] == '\0' && strcmp(def->name, "DeliveryMode") == 0) {
			out->num = 'i';
			return 0;
		}
		if (raw[0] == '\0' || strchr(def->vocab, raw[0]) == NULL) {
			snprintf(err, errlen, "'%s': only the first letter "
			    "counts, and it must be one of %s", raw,
			    def->vocab);
			return -1;
		}
		out->num = tolower((unsigned char)raw[0]);
		return 0;
	case OPT_ENUM:
		if (vocab_has(def->vocab, raw, strlen(raw)))
			return 0;
		if (def->flags & OPTF_ONEWORD) {
			/* DontProbeInterfaces: a boolean or the word */
			if (raw[0] == '\0' || strchr("tTyYfFnN", raw[0]))
				return 0;
		}
		snprintf(err, errlen, "'%s' is not %s%s", raw,
		    def->flags & OPTF_ONEWORD ? "True, False or " :
		    "one of: ", def->vocab);
		return -1;
	case OPT_LETTERS:
		split_list(raw, out);
		for (i = 0; i < out->nitems; i++)
			if (strlen(out->items[i]) != 1 ||
			    strchr(def->vocab, out->items[i][0]) == NULL) {
				snprintf(err, errlen, "'%s' is not one of the "
				    "flag letters %s", out->items[i],
				    def->vocab);
				out->bad = out->items[i];
				return -1;
			}
		return 0;
	case OPT_WORDS:
		split_list(raw, out);
		for (i = 0; i < out->nitems; i++) {
			const char *w = out->items[i];

			if (strcmp(def->name, "ResolverOptions") == 0 &&
			    (w[0] == '+' || w[0] == '-'))
				w++;
			if (!vocab_has(def->vocab, w, strlen(w))) {
				snprintf(err, errlen, "unknown %s flag '%s'",
				    def->name, out->items[i]);
				out->bad = out->items[i];
				return -1;
			}
		}
		return 0;
	case OPT_LIST:
		split_list(raw, out);
		return 0;
	case OPT_PORTOPTS:
		return parse_portopts(raw, out, err, errlen);
	case OPT_MILTER:
		if (sub != NULL && strcasecmp(sub, "LogLevel") == 0) {
			if (parse_number(raw, 0, &v) != 0) {
				snprintf(err, errlen, "'%s' is not a log level",
				    raw);
				return -1;
			}
			out->num = v;
			return 0;
		}
		split_list(raw, out);
		return 0;
	case OPT_STRING:
		return 0;
	}
	return 0;
}
