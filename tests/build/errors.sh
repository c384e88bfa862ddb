#!/bin/sh
# errors.sh -- what `mailcf build` and `mailcf show` say and do when
# something is wrong: errors at the .mc line with a caret, sysexits codes,
# no table written (and an old one kept), -n, -o, -I, -D.
. "$top_srcdir/tests/lib.sh"

cd "$TMPDIR" || exit 1
cat > good.mc <<'MC'
divert(-1)
# a small host
divert(0)dnl
OSTYPE(`linux')dnl
DOMAIN(`generic')dnl
define(`SMART_HOST', `relay.example.net')dnl
FEATURE(`access_db')dnl
MAILER(`local')dnl
MAILER(`smtp')dnl
MC

"$MAILCF" build good.mc > out 2> err
check_eq "$?:$(cat out err)" "0:" "build is silent and exits 0"
[ -f good.cft ] && ok "the table is FILE.cft next to the .mc" || not_ok "the table is FILE.cft next to the .mc"
head -c 8 good.cft > magic
printf 'MAILCFT\n' > want
check_files magic want "the table starts with the magic"

cp good.cft old.cft
"$MAILCF" build -n -o new.cft good.mc > out 2>&1
check_eq "$?:$(cat out)" "0:configuration OK" "-n prints configuration OK"
[ ! -e new.cft ] && ok "-n writes nothing" || not_ok "-n writes nothing"

"$MAILCF" build -o other.cft good.mc && [ -f other.cft ] &&
    cmp -s other.cft good.cft && ok "-o OUT writes the same table there" ||
    not_ok "-o OUT writes the same table there"

# an unknown FEATURE: error at the .mc line, with a caret and a suggestion
cat > bad.mc <<'MC'
OSTYPE(`linux')dnl
DOMAIN(`generic')dnl
FEATURE(`virtusertabel')dnl
MAILER(`local')dnl
MAILER(`smtp')dnl
MC
cp good.cft bad.cft
"$MAILCF" build bad.mc > out 2> err
rc=$?
check_eq "$rc" 65 "an unknown FEATURE exits 65 (EX_DATAERR)"
grep -q '^bad.mc:3:[0-9]*: error: .*virtusertabel.*did you mean' err &&
    ok "the error names bad.mc:3 and suggests a name" ||
    { not_ok "the error names bad.mc:3 and suggests a name"; sed 's/^/# /' err; }
grep -q '^ *3 | FEATURE(`virtusertabel'"'"')dnl' err && grep -q '\^~' err &&
    ok "the .mc line is shown with a caret" ||
    { not_ok "the .mc line is shown with a caret"; sed 's/^/# /' err; }
cmp -s bad.cft good.cft && ok "a failed build leaves the old table alone" ||
    not_ok "a failed build leaves the old table alone"
grep -q 'no table written' err && ok "build says no table was written" ||
    not_ok "build says no table was written"

# ordering: FEATURE after MAILER, as the cf kit refuses it
cat > order.mc <<'MC'
OSTYPE(`linux')dnl
MAILER(`local')dnl
MAILER(`smtp')dnl
FEATURE(`virtusertable')dnl
MC
"$MAILCF" build -n order.mc 2> err
check_eq "$?" 65 "FEATURE after MAILER is refused"
grep -q '^order.mc:4:' err && ok "at the FEATURE line" ||
    { not_ok "at the FEATURE line"; sed 's/^/# /' err; }

# a bad option value
printf 'OSTYPE(`linux'"'"')dnl\ndefine(`confMAX_MESSAGE_SIZE'"'"', `lots'"'"')dnl\nMAILER(`smtp'"'"')dnl\n' > opt.mc
"$MAILCF" build -n opt.mc 2> err
check_eq "$?" 65 "an invalid option value is refused"
grep -q '^opt.mc:2' err && ok "at the define line" ||
    { not_ok "at the define line"; sed 's/^/# /' err; }

# usage and missing input
"$MAILCF" build 2> /dev/null
check_eq "$?" 64 "no .mc: usage, exit 64"
"$MAILCF" build -Q x.mc 2> /dev/null
check_eq "$?" 64 "an unknown flag: exit 64"
"$MAILCF" build nosuch.mc 2> err
check_eq "$?" 66 "a missing .mc: exit 66 (EX_NOINPUT)"
grep -q 'nosuch.mc' err && ok "the message names the file" || not_ok "the message names the file"
"$MAILCF" build --help > out
check_eq "$?" 0 "--help exits 0"
grep -q '^usage: mailcf build' out && ok "--help prints the usage" || not_ok "--help prints the usage"

# an unwritable output folder: exit 73, nothing left behind
mkdir ro && chmod 555 ro
if [ "$(id -u)" = 0 ]; then
	skip "root writes into a mode 555 folder"
else
	"$MAILCF" build -o ro/x.cft good.mc 2> err
	check_eq "$?" 73 "an unwritable folder: exit 73 (EX_CANTCREAT)"
fi
"$MAILCF" build -o nodir/x.cft good.mc 2> err
check_eq "$?" 73 "a missing folder: exit 73 (EX_CANTCREAT)"

# -I: a site's own DOMAIN file; -D: a define before the .mc
mkdir -p site/domain
printf 'define(`SMART_HOST'"'"', `site-relay.example'"'"')dnl\n' > site/domain/mysite.m4
printf 'OSTYPE(`linux'"'"')dnl\nDOMAIN(`mysite'"'"')dnl\nMAILER(`local'"'"')dnl\nMAILER(`smtp'"'"')dnl\n' > site.mc
"$MAILCF" build -I site -o site.cft site.mc 2> err
check_eq "$?" 0 "-I DIR finds a site's domain/NAME.m4"
"$MAILCF" show --cf site.cft | grep -qx 'DSsite-relay.example' &&
    ok "its SMART_HOST is in the table" || not_ok "its SMART_HOST is in the table"
"$MAILCF" build -n site.mc 2> /dev/null
check_eq "$?" 65 "without -I the site DOMAIN is unknown"
printf 'OSTYPE(`linux'"'"')dnl\nifdef(`RELAY'"'"', `define(`SMART_HOST'"'"', RELAY)'"'"')dnl\nMAILER(`smtp'"'"')dnl\n' > d.mc
"$MAILCF" build -D RELAY=relay.d.example d.mc 2> err &&
    "$MAILCF" show --cf d.cft | grep -qx 'DSrelay.d.example' &&
    ok "-D NAME=VAL defines a macro the .mc sees" ||
    { not_ok "-D NAME=VAL defines a macro the .mc sees"; sed 's/^/# /' err; }

# the classic include lines resolve to our cf.m4
for inc in /usr/share/sendmail/cf/m4/cf.m4 /usr/share/sendmail-cf/m4/cf.m4 \
    /usr/lib/sendmail-cf/m4/cf.m4 /usr/lib/mail/m4/cf.m4 ../m4/cf.m4; do
	printf 'divert(-1)\ninclude(`%s'"'"')\ndivert(0)dnl\nOSTYPE(`linux'"'"')dnl\nMAILER(`smtp'"'"')dnl\n' "$inc" > inc.mc
	"$MAILCF" build -o inc.cft inc.mc 2> err
	check_eq "$?" 0 "include(\`$inc') resolves to our cf.m4"
done

# show: corrupt and foreign tables, a missing file
printf 'not a table' > junk.cft
"$MAILCF" show junk.cft > /dev/null 2> err
check_eq "$?" 65 "show of a file that is no table exits 65"
grep -q 'junk.cft' err && ok "and names it" || not_ok "and names it"
head -c 200 good.cft > trunc.cft
"$MAILCF" show trunc.cft > /dev/null 2> err
check_eq "$?" 65 "show of a truncated table exits 65"
"$MAILCF" test -C trunc.cft route root 2> err > /dev/null
check_eq "$?" 78 "test -C of a truncated table exits 78 (EX_CONFIG)"
"$MAILCF" show nosuch.cft 2> /dev/null
check_eq "$?" 66 "show of a missing file exits 66"
finish
