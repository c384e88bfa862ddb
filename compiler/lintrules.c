/*
 * lintrules.c -- the catalogue of mailcf lint rules, as data: the stable
 * ID, the severity, whether the rule runs by default, a title, the fix
 * hint printed under each finding and the rationale that
 * `mailcf lint --explain ID` prints.  The checks themselves are in
 * lint.c; each one names its rule by ID.
 *
 * IDs never change meaning once released: a retired rule keeps its ID
 * unused.  Letters follow ../shared/reference/lint-rules.md: C compiler
 * and cf kit, M m4 leftovers, O ordering, R relaying, T maps and aliases,
 * N identity and listeners, S TLS and AUTH, Q queue, X migration.
 */
#include <stddef.h>
#include <strings.h>

#include "compiler/lint.h"

#define E LINT_ERROR
#define W LINT_WARNING
#define I LINT_INFO

const struct lint_rule lint_rules[] = {
	/* --- the compiler and the cf kit ------------------------------ */
	{ "C001", E, 1, "cf kit error",
	  "Fix the statement the message points at; sendmail's cf kit stops on it too.",
	  "The cf macros refuse this statement (sendmail's kit prints \"*** ERROR\"). "
	  "A .cf built from it would be incomplete, so nothing is installed." },
	{ "C002", W, 1, "cf kit warning",
	  "Read the warning; it usually names the replacement.",
	  "The cf macros accept the statement but warn about it, as sendmail's kit does "
	  "(deprecated names, missing temporary-failure flags, duplicate OSTYPE)." },
	{ "C003", E, 1, "configuration does not compile",
	  "Fix the errors printed above this line.",
	  "The m4 expansion or the cf statements it produced have errors; lint can only "
	  "check what compiled." },
	/* --- m4 leftovers ---------------------------------------------- */
	{ "M001", E, 1, "unbalanced quote or parenthesis",
	  "Close the quote with an apostrophe (') or the call with ')'.",
	  "m4 reads everything after an unclosed `quote or ( as part of it: the rest of "
	  "the file disappears into one argument, or m4 stops at end of input with no "
	  "useful location." },
	{ "M002", W, 1, "macro name in a # comment",
	  "Use dnl for comments, or quote the word: `FEATURE'.",
	  "Once cf.m4 is read, # does not start an m4 comment: a FEATURE, define or "
	  "MAILER written in a # line is expanded like any other." },
	{ "M003", W, 1, "unquoted comma in a value",
	  "Quote the whole value twice: define(`confX', ``a,b'').",
	  "m4 splits arguments at commas: define(`confX', a, b) sets confX to \"a\" and "
	  "drops the rest without a word." },
	{ "M004", E, 1, "unknown FEATURE, MAILER, OSTYPE, DOMAIN or HACK",
	  "Correct the name (the message suggests the closest known one).",
	  "The cf kit includes feature/NAME.m4 and stops with an m4 include error when "
	  "it does not exist; a typo therefore breaks the build." },
	{ "M005", W, 1, "text after a macro call",
	  "End the line with dnl, or remove the stray text.",
	  "Text after the closing parenthesis is copied to the output: junk lines in "
	  "the .cf, or a statement glued to the next one." },
	{ "M006", W, 1, "no newline at end of file",
	  "End the file with a newline.",
	  "A macro name at the very end of the input is expanded with no following "
	  "text; some m4 builds fail there (\"recursive push_string\")." },
	{ "M007", E, 1, "apostrophe inside a quoted string",
	  "Write the text without the apostrophe (do not, cannot) or use changequote around it.",
	  "In m4 an apostrophe closes the quote: \"don't\" inside `...' ends the quoted "
	  "argument early and the rest is expanded as macros." },
	{ "M008", W, 1, "unknown conf variable",
	  "Correct the name (the message suggests the closest known one).",
	  "define(`confNAME', ...) of a name no sendmail option uses is ignored by the "
	  "cf kit without a warning: the setting silently does nothing." },
	/* --- ordering and structure ------------------------------------- */
	{ "O001", W, 1, "OSTYPE missing or late",
	  "Put OSTYPE(`yourOS') near the top, before any MAILER.",
	  "OSTYPE sets paths and mailer flags; without it, or after MAILER, the mailers "
	  "are built with the generic defaults (cf/README)." },
	{ "O002", W, 1, "MAILER order",
	  "Order the mailers local, smtp, then the others (procmail, uucp, cyrus, ...), at the end of the file.",
	  "Some mailers modify the definitions of earlier ones: smtp must precede "
	  "procmail and uucp, and cyrus or pop need local first (cf/README)." },
	{ "O003", W, 1, "define after the FEATURE that reads it",
	  "Move the define above the FEATURE.",
	  "A FEATURE reads variables such as PROCMAIL_MAILER_PATH or "
	  "DATABASE_MAP_TYPE when it is expanded; a later define changes nothing." },
	{ "O004", W, 1, "confINPUT_MAIL_FILTERS after INPUT_MAIL_FILTER",
	  "Define confINPUT_MAIL_FILTERS before the INPUT_MAIL_FILTER lines, or drop it.",
	  "INPUT_MAIL_FILTER appends to confINPUT_MAIL_FILTERS; defining the variable "
	  "afterwards replaces the list, and the milters are silently off." },
	{ "O005", W, 1, "nullclient mixed with other features",
	  "Use FEATURE(nullclient) alone, with only the basic OSTYPE and DOMAIN.",
	  "A null client forwards everything to its hub; mailers, aliases or maps "
	  "added to it contradict that and produce a half-local configuration." },
	{ "O006", W, 1, "redundant access entry",
	  "Delete the narrower entry: the broader one already decides the same.",
	  "access lookups try the most specific key first; a narrower entry with the "
	  "same action as a broader one hides nothing and rots when the broader one "
	  "changes." },
	{ "O007", I, 1, "setting equals the default",
	  "Delete the define; the default already applies.",
	  "Defining an option to its default value is noise, and it pins a value that "
	  "later sendmail releases may improve." },
	{ "O008", W, 1, "deprecated setting",
	  "Use the replacement named in the message.",
	  "confAUTO_REBUILD lets any client trigger an alias rebuild, HACK(nodns) and "
	  "FEATURE(nodns) no longer do anything; keeping them misleads readers." },
	/* --- relaying and access policy ----------------------------------- */
	{ "R001", E, 1, "open relay",
	  "Remove the setting that lets the witness through, or require SMTP AUTH.",
	  "An unauthenticated client outside the trusted networks can relay mail to a "
	  "domain that is neither local, virtual nor relayed; the witness was accepted "
	  "by the same policy engine that `mailcf test check` uses. Open relays are "
	  "abused within hours and blocklisted." },
	{ "R002", E, 1, "promiscuous_relay",
	  "Remove FEATURE(promiscuous_relay); list what may relay in access or relay-domains.",
	  "FEATURE(promiscuous_relay) disables every relay check: anyone can send "
	  "mail anywhere through this host." },
	{ "R003", W, 1, "forgeable relay feature",
	  "Prefer SMTP AUTH or STARTTLS client certificates for relaying.",
	  "relay_local_from and relay_mail_from trust the envelope sender, which any "
	  "client can forge; relay_based_on_MX and loose_relay_check let third parties "
	  "relay through you (cf/README)." },
	{ "R004", E, 1, "public address space trusted for relaying",
	  "Narrow the entry to your own networks.",
	  "A RELAY entry for a network that is not private (0/0, a class A, a typo like "
	  "Connect:1) lets a large part of the Internet relay through you." },
	{ "R005", W, 1, "container bridge trusted for relaying",
	  "Trust the real client networks instead; behind a proxy, pass the client address through.",
	  "Docker (172.17/16) and LXC (10.0.3/24) bridges are where NATed or proxied "
	  "outside connections come from: trusting them trusts the Internet." },
	{ "R006", W, 1, "untagged local domain RELAY with delay_checks",
	  "Tag the entry: To:your.domain RELAY (and Connect: for networks).",
	  "An untagged domain key also matches From: and Connect:; with delay_checks a "
	  "forged local sender then skips check_relay and the DNS lists." },
	{ "R007", W, 1, "relaying by certificate from a public CA",
	  "Use a private CA for client certificates (confCACERT) or relay by CERTSUBJECT.",
	  "With the system trust store as CA, any holder of a publicly trusted "
	  "certificate satisfies CERTISSUER: RELAY." },
	{ "R008", W, 1, "AUTH without TLS",
	  "Add `p' to confAUTH_OPTIONS so plain-text mechanisms need TLS.",
	  "PLAIN and LOGIN send the password in clear; without the p option they are "
	  "offered before STARTTLS." },
	{ "R009", W, 1, "blocklist_recipients rejects an outside domain",
	  "Use a Connect: or From: entry for the outside domain, or drop blocklist_recipients.",
	  "With blocklist_recipients, To:domain REJECT also stops your own users from "
	  "writing to that domain (cf/README)." },
	{ "R010", I, 1, "SMTP protections relaxed for every client",
	  "Relax srv_features only for trusted clients (Srv_Features:10.1. C).",
	  "A bare Srv_Features: key applies to every client; its C letter allows "
	  "plain-text AUTH without a security layer for the whole Internet "
	  "(options.md 2.6)." },
	{ "R012", W, 1, "very wide private network trusted",
	  "Trust the subnets you use, not all of 10/8 or 172.16/12.",
	  "A private range wider than /16 usually includes networks you do not "
	  "control (VPNs, guests, containers); 172.0.0.0/8 also includes public space." },
	/* --- maps and aliases --------------------------------------------- */
	{ "T001", E, 1, "stale map",
	  "Rebuild the map with the command in the message (or run make in the folder).",
	  "A compiled map older than its source, or built from other contents, serves "
	  "the old entries: changes \"do not take effect\"." },
	{ "T002", W, 1, "map class not available",
	  "Use a text source with makemap (hash), or a class the runtime supports.",
	  "The runtime has no client for this map class: lookups fail with a "
	  "temporary error and mail is deferred." },
	{ "T003", W, 1, "duplicate key",
	  "Keep one entry per key.",
	  "makemap keeps the first and drops the others (or fails with -d); the "
	  "later line looks effective but is not." },
	{ "T004", W, 1, "reply code and DSN disagree",
	  "Make the DSN class match the reply code (4xx with 4.x.x, 5xx with 5.x.x).",
	  "A 450 with a 5.x.x status (or the reverse) tells clients both to retry and to "
	  "give up; they pick differently (cf/README)." },
	{ "T005", W, 1, "access key never matches",
	  "Fix the key as the message says (user@, IPv6:, no CIDR suffix, a known tag).",
	  "sendmail matches access keys literally: a user key needs a trailing @, IPv6 "
	  "keys the IPv6: prefix, networks are written as octet prefixes." },
	{ "T006", W, 1, "map entry points nowhere",
	  "Add the domain to local-host-names/VIRTUSER_DOMAIN, or fix the mailer:host value.",
	  "virtusertable entries for domains the host does not accept are never used, "
	  "and a mailertable value needs a known mailer (cf/README)." },
	{ "T007", W, 1, "mailertable sends to this host by MX",
	  "Name the real next hop in brackets: smtp:[10.0.0.5] or smtp:[gw.example].",
	  "Without [ ], sendmail looks up the MX of the mailertable host; when that "
	  "name is this host (a local name, a wildcard MX of your own domain), "
	  "mail loops back to me." },
	{ "T008", W, 1, "alias loop",
	  "Break the cycle: one of the aliases must deliver somewhere.",
	  "Aliases that expand back to themselves end in \"mail loops back to me\" or "
	  "too many hops." },
	{ "T009", E, 1, "secrets readable by others",
	  "chmod 640 (or 600) the file and its map.",
	  "authinfo holds passwords for smart hosts; readable by every local user it "
	  "leaks them." },
	{ "T012", W, 1, "map source missing",
	  "Create the source (it may be empty) and build it with the command shown.",
	  "The configuration names a map whose source is not there: the map cannot be "
	  "built and lookups fail." },
	{ "T013", E, 1, "map source does not build",
	  "Fix the line; makemap would refuse it.",
	  "makemap stops on a line too long, a line starting with a blank or a key "
	  "without a value, and the map is not written." },
	{ "T014", E, 1, "aliases syntax error",
	  "Fix the line; newaliases would refuse it.",
	  "newaliases reports the line and sendmail keeps the old alias database." },
	/* --- identity and listeners --------------------------------------- */
	{ "N001", W, 1, "host name not fully qualified",
	  "Set confDOMAIN_NAME to a fully qualified name (host.example.com).",
	  "sendmail needs $j to be an FQDN: it waits for the resolver and other "
	  "servers refuse the HELO." },
	{ "N003", W, 1, "local-host-names missing",
	  "Create the file with one local host name per line.",
	  "Without it, mail for your own domains is treated as remote: relaying "
	  "denied, or mail loops back to me." },
	{ "N004", I, 1, "MTA listens on loopback only",
	  "Add DAEMON_OPTIONS(`Name=MTA, Addr=0.0.0.0') if this host receives mail.",
	  "A server listening only on 127.0.0.1 cannot receive mail from outside, "
	  "which is right for a workstation but not for an MX." },
	{ "N005", W, 1, "AUTH without a submission port",
	  "Add a submission listener: DAEMON_OPTIONS(`Port=submission, Name=MSA, M=Ea').",
	  "Clients are often blocked on port 25, and AUTH offered there invites "
	  "password guessing." },
	{ "N006", W, 1, "accept_unresolvable_domains",
	  "Remove it on an Internet-facing server.",
	  "Mail from senders whose domain does not exist cannot be answered; accepting "
	  "it admits a lot of spam." },
	{ "N007", I, 1, "masquerading name",
	  "Use a fully qualified domain for MASQUERADE_AS, and set it when using allmasquerade.",
	  "Replies to a masqueraded address go to the masquerade name; it must be a "
	  "real mail domain (cf/README)." },
	/* --- TLS and AUTH -------------------------------------------------- */
	{ "S001", W, 1, "certificate or key file missing",
	  "Install the file or fix the path.",
	  "When the server certificate or key cannot be read, sendmail silently does "
	  "not offer STARTTLS." },
	{ "S002", W, 1, "smart host credentials without TLS requirement",
	  "Add TLS_Srv:smarthost VERIFY:112 to access so AUTH is only sent over TLS.",
	  "Without a TLS_Srv entry the client sends AUTH even when STARTTLS fails: a "
	  "man in the middle collects the password." },
	{ "S003", W, 1, "no credentials for the smart host",
	  "Add AuthInfo:smarthost \"U:user\" \"P:password\" to authinfo.",
	  "FEATURE(authinfo) is on but no entry names the smart host: mail is sent "
	  "without AUTH and the smart host refuses it." },
	{ "S004", W, 1, "port and TLS mode disagree",
	  "Use M=s (implicit TLS) on port 465 only.",
	  "Port 465 expects TLS from the first byte, 587 and 25 start in clear; the "
	  "wrong mode fails every handshake." },
	{ "S006", I, 1, "MTA-STS and DANE both on",
	  "Keep both only if you know which one decides for a domain that has both.",
	  "With FEATURE(sts) the MTA-STS policy map is consulted in the TLS rulesets "
	  "as well as DANE (confDANE): for a domain that publishes both, the STS "
	  "policy may decide, and it is weaker than DANE." },
	{ "S007", W, 1, "relay mailer settings without a smart host",
	  "Define SMART_HOST (or MAIL_HUB / LOCAL_RELAY), or drop the RELAY_MAILER settings.",
	  "The relay mailer is used only for SMART_HOST, MAIL_HUB and LOCAL_RELAY: "
	  "its port, arguments and flags are silently ignored without them (the "
	  "sendmail counterpart of dma's PORT without SMARTHOST)." },
	{ "S008", E, 1, "private key readable by others",
	  "chmod 600 the key file.",
	  "A private key readable by local users lets them impersonate the server; "
	  "sendmail also refuses it unless DontBlameSendmail is relaxed." },
	/* --- queue and resources ------------------------------------------ */
	{ "Q001", I, 1, "free-space reserve at its default",
	  "define(`confMIN_FREE_BLOCKS', `...') to about 1% of the queue file system.",
	  "With the default 100 blocks sendmail accepts mail until the disk is full, "
	  "then cannot even write bounces." },
	{ "Q002", W, 1, "no postmaster alias",
	  "Add postmaster: root (or a real mailbox) to aliases.",
	  "RFC 5321 requires postmaster; double bounces go there." },
	{ "Q003", W, 1, "queue timeouts",
	  "Keep confTO_QUEUERETURN between 1 and 7 days, and the warning shorter.",
	  "Too short loses mail on a long outage, too long leaves senders waiting; a "
	  "warning after the return is never sent." },
	{ "Q006", I, 1, "mail waits for a queue run",
	  "Start sendmail with -q<interval> (e.g. -q15m) or run the queue from cron.",
	  "With DeliveryMode queueonly or deferred, nothing is sent at accept time: "
	  "without a queue runner mail is never delivered nor retried." },
	/* --- migration ------------------------------------------------------ */
	{ "X001", I, 1, "hand-written rules",
	  "Keep tests for them (make test) and review them on upgrades.",
	  "LOCAL_RULESETS and LOCAL_RULE_n are raw rules: lint cannot judge them and "
	  "they are the first thing to break when moving between versions." },
	{ "X002", W, 1, "legacy spelling",
	  "Use the tagged or current form named in the message.",
	  "Untagged access keys match in every role (Connect:, From:, To:), and "
	  "sendmail.cw is the pre-8.10 name of local-host-names." },
	{ NULL, 0, 0, NULL, NULL, NULL }
};

const struct lint_rule *
lint_rule(const char *id)
{
	const struct lint_rule *r;

	for (r = lint_rules; r->id != NULL; r++)
		if (strcasecmp(r->id, id) == 0)
			return r;
	return NULL;
}

size_t
lint_rule_count(void)
{
	size_t n = 0;

	while (lint_rules[n].id != NULL)
		n++;
	return n;
}
