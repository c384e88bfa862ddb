#!/bin/sh
# gen-mc5.sh -- writes docs/mailcf-mc.5 from the templates' name lists
# (cf-templates/lib/names.m4, known.m4, options.m4, main.m4) and the option
# table (compiler/options.c).  Run from the top of the source tree:
#	sh tests/build/gen-mc5.sh > docs/mailcf-mc.5
# tests/build/manpage.sh fails when the page misses a name.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/gen-mc5.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
T=cf-templates
names() { sed -n "s/^define(\`_mc_names_$1', \`\(.*\)')\$/\1/p" $T/lib/names.m4 | tr -d '`' | tr "'" ' ' | tr ',' '\n' | sed 's/^ *//; s/ *$//' | grep -v '^$'; }
types() {
	grep -E '^\s*\{ "[A-Za-z]+", ' compiler/options.c | sed -E 's/^\s*\{ "([A-Za-z]+)", [^,]*, OPT_([A-Z]+).*/\1 \2/'
	grep -oE '^\s*FFR\("[A-Za-z]+", OPT_[A-Z]+' compiler/options.c | sed -E 's/^\s*FFR\("([A-Za-z]+)", OPT_([A-Z]+)/\1 \2/'
	grep -oE '^\s*[A-Z]{1,2}\("[A-Za-z]+"' compiler/options.c | sed -E 's/^\s*//; s/\("/ /; s/"$//' |
	    awk '{ t = $1 == "B" ? "BOOL" : $1 == "I" || $1 == "IN" ? "INT" : $1 == "SZ" ? "SIZE" : $1 == "DU" ? "DURATION" : $1 == "S" ? "STRING" : $1 == "L" ? "LIST" : $1 == "C" ? "CHAR" : $1 == "W" ? "WORDS" : ""; if (t != "") print $2, t }'
}
types > "$tmp/types"
grep -o "_mc_opt[a-z_]*(\`[A-Za-z.]*', \`[A-Za-z_]*'" $T/lib/options.m4 | sed "s/_mc_opt[a-z_]*(\`//; s/', \`/ /; s/'$//" > "$tmp/optmap"
cat <<'EOF'
.\" mailcf-mc.5 -- generated from cf-templates/lib/names.m4, lib/known.m4,
.\" lib/options.m4, lib/main.m4 and compiler/options.c;
.\" tests/build/manpage.sh checks that every name is listed.
.Dd November 22, 2026
.Dt MAILCF-MC 5
.Os
.Sh NAME
.Nm mailcf-mc
.Nd the sendmail .mc language as mailcf compiles it
.Sh DESCRIPTION
A
.Pa .mc
file is m4 text that uses the macros of sendmail's cf kit:
.Dl OSTYPE(`linux')dnl
.Dl DOMAIN(`generic')dnl
.Dl define(`SMART_HOST', `relay.example.net')dnl
.Dl FEATURE(`access_db')dnl
.Dl MAILER(`local')dnl
.Dl MAILER(`smtp')dnl
.Pp
.Ic mailcf build
reads it with the m4 engine of
.Xr mailcf 8
and the configuration templates installed with it, in the layout sendmail
administrators know:
.Pa cf.m4 ,
.Pa ostype/ ,
.Pa domain/ ,
.Pa feature/ ,
.Pa mailer/ ,
.Pa hack/ ,
.Pa siteconfig/ .
What the templates write is, declaration for declaration, what sendmail
8.17's cf kit writes for the same
.Pa .mc
(the V, O, D, C, F, K, M, H, P, T, Q, X and E lines of
.Pa sendmail.cf ) ;
the stock rulesets are not written, the policy engine of
.Nm mailcf
implements them, steered by the features the
.Pa .mc
names.
.Pp
Every name below is known.
A name that is not \(em an unknown FEATURE, OSTYPE, DOMAIN, MAILER or
HACK, or a
.Li conf
variable that no sendmail option reads \(em is an error at its
.Pa .mc
line, with a suggestion when a known name is close.
So are the mistakes the cf kit reports with
.Dq *** ERROR ,
at the line where the kit starts complaining: a FEATURE that needs
FEATURE(access_db) without it, a missing or unknown FEATURE argument,
and the ordering mistakes (a FEATURE after MAILER, MAILER(smtp) after
MAILER(uucp), the same MAILER twice, ...), these with a note at the
other line (the MAILER the FEATURE comes after).
An option value of the wrong type (a duration, size, boolean, integer,
file mode, flag set or list item sendmail would not read as written) is
an error at the
.Pa .mc
line that sets it, the caret under the value or under the bad item.
.Sh MACROS
The top-level macros of a
.Pa .mc :
.Bl -tag -width Ds
EOF
grep -o "^define(\`[A-Z][A-Z0-9_]*'" $T/lib/main.m4 | sed "s/define(\`//; s/'//" | sort -u | while read -r n; do echo ".It Ic $n"; done
cat <<'EOF'
.It Ic define Ns Pq Ar name , value
with
.Ar name
one of the
.Li conf
variables of
.Sx OPTIONS ,
or SMART_HOST, MAIL_HUB, LOCAL_RELAY, LUSER_RELAY, UUCP_RELAY,
BITNET_RELAY, DECNET_RELAY, FAX_RELAY, MASQUERADE_NAME, ALIAS_FILE,
HELP_FILE, QUEUE_DIR, STATUS_FILE, MSP_QUEUE_DIR, MAIL_SETTINGS_DIR,
DATABASE_MAP_TYPE, the _FFR_* switches and the rule switches of the cf
kit (_NETINET6_, _USE_DECNET_SYNTAX_, DNSBL_MAP, EDNSBL_TO, ...).
.El
.Sh FEATURES
.Ic FEATURE Ns Pq Ar name Op , Ar args ...
knows these names:
.Bl -tag -width Ds -compact
EOF
names feature | while read -r n; do echo ".It Li $n"; done
cat <<'EOF'
.El
.Sh OSTYPE, DOMAIN, MAILER, HACK
.Bl -tag -width Ds
.It Ic OSTYPE
EOF
names ostype | tr '\n' ' ' | sed 's/ $//; s/ /, /g'; echo
echo ".It Ic DOMAIN"
names domain | tr '\n' ' ' | sed 's/ $//; s/ /, /g'; echo
echo "(and a site's own domain/NAME.m4 found through -I)"
echo ".It Ic MAILER"
names mailer | tr '\n' ' ' | sed 's/ $//; s/ /, /g'; echo
echo ".It Ic HACK"
names hack | tr '\n' ' ' | sed 's/ $//; s/ /, /g'; echo
echo "(and a site's own hack/NAME.m4 found through -I)"
cat <<'EOF'
.El
.Sh OPTIONS
Each
.Li conf
variable sets the sendmail option named after it; its value is checked
by type: a duration
.Pq Li 5m , 1h30m ,
a size in bytes, a number, a boolean, an octal mode, a list, a set of
flag letters or words
.Pq confAUTH_OPTIONS Li A p y , confPRIVACY_FLAGS Li authwarnings,novrfy ,
or free text.
Variables without an option are read by the templates themselves.
.Bl -tag -width Ds -compact
EOF
sed -n "s/^define(\`_mc_known_\([A-Za-z0-9_]*\)')\$/\1/p" $T/lib/known.m4 | sort | while read -r v; do
	o=$(awk -v v="$v" '$2 == v { print $1; exit }' "$tmp/optmap")
	if [ -n "$o" ]; then
		base=${o%%.*}
		t=$(awk -v n="$base" '$1 == n { print $2; exit }' "$tmp/types")
		case $t in
		BOOL) t="boolean";; INT) t="number";; SIZE) t="size";; DURATION) t="duration";;
		MODE) t="octal mode";; CHAR) t="one letter";; ENUM) t="one word";; LETTERS) t="flag letters";;
		WORDS) t="flag words";; LIST) t="list";; STRING) t="text";; TIMEOUT) t="duration";;
		MILTER) t="milter setting";; PORTOPTS) t="key=value list";; *) t="text";;
		esac
		echo ".It Li $v"
		echo "O $o ($t)"
	else
		echo ".It Li $v"
		echo "read by the templates"
	fi
done
cat <<'EOF'
.El
.Sh REFUSED
A few things the cf kit accepts are refused, on purpose:
.Bl -bullet
.It
The m4 builtins
.Ic syscmd ,
.Ic esyscmd ,
.Ic maketemp
and
.Ic mkstemp :
a configuration compiler runs no programs, and the same
.Pa .mc
must always give the same table.
.It
A
.Li conf
variable that no option reads (the cf kit ignores it silently; it is
nearly always a misspelling).
.It
FEATURE(tls_failures), replaced by confTLS_FALLBACK_TO_CLEAR, and the
other names the cf kit itself reports as errors.
.It
A mailer whose Q= names a queue group that no QUEUE_GROUP declares
(for instance LOCAL_PROG_QGRP): the cf kit writes the M line, but
sendmail refuses such a
.Pa sendmail.cf
.Pq Dq unknown queue .
.It
Raw cf text that starts with a blank where there is no statement to
continue, such as the rest of a
.Li #
comment line that names LOCAL_CONFIG (the templates are read before the
.Pa .mc ,
so the name opens the section): the cf kit writes it, sendmail refuses
the
.Pa sendmail.cf
.Pq Dq unknown configuration line .
.It
Options that exist only in sendmail builds with _FFR_ switches
(confADD_BCC, confMTA_STS, confREJECT_NUL, ...) are accepted with a
warning: Debian's sendmail 8.17 refuses them.
.El
.Pp
At run time, a class read from a program
.Pq Li F{name}|program
stays empty: nothing is ever run.
.Sh SEE ALSO
.Xr mailcf 8 ,
.Xr mailcf.cft 5 ,
.Xr mailcf-m4 1 ,
.Xr m4 1
.Sh STANDARDS
The macros, features and options are those of sendmail 8.17.1.9 as
Debian 12 ships it (cf/README of the sendmail distribution).
EOF
