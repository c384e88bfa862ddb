#!/bin/sh
# ir.sh -- the IR's own directives (docs/ir.md) through `mailcf show`:
# they are kept in the model and printed back after the declarations
# (@loc and @section only steer the parser), an IR file mixes them with
# plain cf lines, and a continuation line stays part of a @define value.
. "$top_srcdir/tests/lib.sh"

tab=$(printf '\t')
cat > "$TMPDIR/in.ir" <<EOT
@loc${tab}site.mc${tab}4
O LogLevel=9
@loc${tab}site.mc${tab}5
@feature${tab}access_db${tab}hash -o /etc/mail/access
@ostype${tab}linux
@mailer${tab}local
@define${tab}confRECEIVED_HEADER${tab}first
${tab}second
@class${tab}w${tab}a.example b.example
@section${tab}LOCAL_RULE_0
R\$+ < @ \$=w . >${tab}\$#local \$: \$1
@endsection
@loc${tab}site.mc${tab}14
@warning${tab}this is only a test
EOT
cat > "$TMPDIR/want" <<EOT
O LogLevel=9
@feature${tab}access_db${tab}hash -o /etc/mail/access
@ostype${tab}linux
@mailer${tab}local
@define${tab}confRECEIVED_HEADER${tab}first
${tab}second
@class${tab}w${tab}a.example b.example
S98
R\$+ < @ \$=w . >${tab}\$# local \$: \$1
EOT
"$MAILCF" show --rules --cf "$TMPDIR/in.ir" > "$TMPDIR/got" 2> "$TMPDIR/err"
check_eq "$?" 0 "an IR file with a warning only exits 0"
check_files "$TMPDIR/got" "$TMPDIR/want" "directives kept and shown; LOCAL_RULE_0 rules go to ruleset 98"
check_eq "$(head -1 "$TMPDIR/err")" "site.mc:14: warning: this is only a test" \
	"@warning is reported at the .mc line of the current @loc"
finish
