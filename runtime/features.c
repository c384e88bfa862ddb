/*
 * features.c -- which PF_* bit each FEATURE sets: the one table both
 * loaders (cfload.c for a sendmail.cf, modelload.c for a compiled model)
 * use.  A FEATURE's arguments are the loaders' business.
 */
#include <string.h>

#include "runtime/policy.h"

static const struct {
	const char	*name;
	unsigned	 flag;
} feature_flags[] = {
	{ "access_db", PF_ACCESS_DB },
	{ "blocklist_recipients", PF_BLOCKLIST_RCPT },
	{ "blacklist_recipients", PF_BLOCKLIST_RCPT },
	{ "delay_checks", PF_DELAY_CHECKS },
	{ "nouucp", PF_NOUUCP },
	{ "nopercenthack", PF_NOPERCENT },
	{ "promiscuous_relay", PF_PROMISCUOUS },
	{ "relay_hosts_only", PF_RELAY_HOSTS_ONLY },
	{ "relay_entire_domain", PF_RELAY_ENTIRE_DOMAIN },
	{ "relay_local_from", PF_RELAY_LOCAL_FROM },
	{ "relay_mail_from", PF_RELAY_MAIL_FROM },
	{ "accept_unresolvable_domains", PF_ACCEPT_UNRESOLVABLE },
	{ "accept_unqualified_senders", PF_ACCEPT_UNQUALIFIED },
	{ "lookupdotdomain", PF_LOOKUPDOTDOMAIN },
	{ "virtusertable", PF_VIRTUSER },
	{ "virtuser_entire_domain", PF_VIRTUSER_ENTIRE },
	{ "mailertable", PF_MAILERTABLE },
	{ "genericstable", PF_GENERICS },
	{ "generics_entire_domain", PF_GENERICS_ENTIRE },
	{ "masquerade_entire_domain", PF_MASQ_ENTIRE },
	{ "masquerade_envelope", PF_MASQ_ENVELOPE },
	{ "allmasquerade", PF_ALLMASQUERADE },
	{ "limited_masquerade", PF_LIMITED_MASQ },
	{ "nocanonify", PF_NOCANONIFY },
	{ "loose_relay_check", PF_LOOSE_RELAY },
	{ "always_add_domain", PF_ALWAYS_ADD_DOMAIN },
	{ "use_client_ptr", PF_USE_CLIENT_PTR },
	{ "stickyhost", PF_STICKYHOST },
};

unsigned
policy_feature_flag(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(feature_flags) / sizeof(feature_flags[0]); i++)
		if (strlen(feature_flags[i].name) == len &&
		    strncmp(feature_flags[i].name, name, len) == 0)
			return feature_flags[i].flag;
	return 0;
}

static const struct {
	const char	*name;
	unsigned	 flag;
} feature_flags2[] = {
	{ "require_rdns", PF2_REQUIRE_RDNS },
	{ "block_bad_helo", PF2_BLOCK_BAD_HELO },
	{ "ratecontrol", PF2_RATECONTROL },
	{ "conncontrol", PF2_CONNCONTROL },
	{ "badmx", PF2_BADMX },
	{ "relay_based_on_MX", PF2_RELAY_MX },
};

unsigned
policy_feature_flag2(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(feature_flags2) / sizeof(feature_flags2[0]);
	    i++)
		if (strlen(feature_flags2[i].name) == len &&
		    strncmp(feature_flags2[i].name, name, len) == 0)
			return feature_flags2[i].flag;
	return 0;
}
