#!/bin/sh
# option-errors.sh -- an invalid option value (and any other mistake the
# model finds in what a .mc generates) is an error at the .mc line, with
# the caret on the value: tests/build/opterr/values.mc has one invalid
# value per option type (duration, timeout, size, boolean, integer, file
# mode, key=value list, flag words, flag letters, enum, first letter,
# milter log level) and bad map classes from a FEATURE and LOCAL_CONFIG;
# `mailcf build' must print exactly values.err and report exactly the
# lines marked EXPECT-ERROR and the two raw LOCAL_CONFIG lines.  The same file with valid values builds, and
# `mailcf show' has each value: the errors are about the values.
. "$top_srcdir/tests/lib.sh"

src="$top_srcdir/tests/build/opterr"
cd "$TMPDIR" || exit 1
cp "$src/values.mc" values.mc
"$MAILCF" build -n values.mc > out 2> err
check_eq "$?" 65 "invalid values: exit 65 (EX_DATAERR)"
check_files err "$src/values.err" "the diagnostics, byte for byte"
want=$(grep -n 'EXPECT-ERROR\|^Kother\|^O LogLevel' values.mc | cut -d: -f1 | sort -n | tr '\n' ' ')
got=$(sed -n 's/^values\.mc:\([0-9]*\):[0-9:]* error: .*/\1/p' err | sort -n | uniq | tr '\n' ' ')
check_eq "$got" "$want" "an error at each marked line, and nowhere else"
n=$(grep -c ': error: ' err)
check_eq "$n" "$(echo "$want" | wc -w)" "one error per marked line"
if grep -q '(IR)' err; then
	not_ok "no error is located in the IR"
	grep '(IR)' err | sed 's/^/# /'
else
	ok "no error is located in the IR"
fi
# every value error has its caret under the value itself
bad=0
for spec in '6:1y' '7:5 days' '8:10M' '9:perhaps' '10:many' '11:0999' \
    '12:loopback' '13:nosuchflag' '14:Z' '15:sometimes' '16:later' \
    '18:loud' '19:nosuchclass' '23:nosuchclass' '24:x'; do
	line=${spec%%:*} val=${spec#*:}
	col=$(sed -n "s/^values\\.mc:$line:\\([0-9]*\\): error: .*/\\1/p" err | head -1)
	text=$(sed -n "${line}p" values.mc)
	at=$(printf '%s' "$text" | cut -c"${col:-0}"- 2>/dev/null)
	case $at in
	"$val"*) ;;
	*) bad=$((bad + 1)); diag "line $line: caret at column ${col:-none}, not on '$val'" ;;
	esac
done
check_eq "$bad" 0 "the caret is on the bad value"

# the same .mc with valid values
sed -e 's/`1y'"'"'/`1h'"'"'/' -e 's/`5 days'"'"'/`5d'"'"'/' \
    -e 's/`10M'"'"'/`10000000'"'"'/' -e 's/`perhaps'"'"'/`True'"'"'/' \
    -e 's/`many'"'"'/`40'"'"'/' -e 's/`0999'"'"'/`0640'"'"'/' \
    -e 's/, loopback'"'"'/, Name=MTA'"'"'/' -e 's/, nosuchflag'"'"'/, noetrn'"'"'/' \
    -e 's/`A p Z y'"'"'/`A p y'"'"'/' -e 's/`sometimes'"'"'/`loopback'"'"'/' \
    -e 's/`later'"'"'/`queue'"'"'/' -e 's/`loud'"'"'/`3'"'"'/' \
    -e 's/`nosuchclass /`hash /' -e 's/^Kother nosuchclass/Kother hash/' \
    -e 's/^O LogLevel=x/O LogLevel=12/' values.mc > good.mc
"$MAILCF" build -n good.mc > out 2> err
check_eq "$?" 0 "valid values: exit 0"
grep ': error: ' err | sed 's/^/# /'
"$MAILCF" show --cf good.mc > show 2> /dev/null
missing=
for o in 'O MinQueueAge=1h' 'O Timeout.queuereturn=5d' 'O MaxMessageSize=10000000' \
    'O SevenBitInput=True' 'O MaxDaemonChildren=40' 'O TempFileMode=0640' \
    'O DaemonPortOptions=Port=smtp, Addr=127.0.0.1, Name=MTA' \
    'O PrivacyOptions=authwarnings, goaway, noetrn' 'O AuthOptions=A p y' \
    'O DontProbeInterfaces=loopback' 'O DeliveryMode=queue' \
    'O Milter.LogLevel=3' 'O LogLevel=12'; do
	grep -qxF "$o" show || missing="$missing [$o]"
done
check_eq "${missing# }" "" "show --cf has every valid value"
finish
