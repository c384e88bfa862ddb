#!/bin/sh
# difftest.sh -- run every case of tests/m4/cases through `mailcf m4' and
# GNU m4 and compare standard output (bytes) and exit status; one TAP line
# per case (and a second one with -s for the cases without an .args file).
# Conventions (flags, stdin, helper files, refused builtins) are described
# in tests/m4/README.
#
# env: M4CASES (a grep -E pattern on case names) narrows the run.
. "$top_srcdir/tests/lib.sh"
need_gnu_m4

src="$top_srcdir/tests/m4/cases"
[ -d "$src" ] || skip_all "no case folder $src"
: "${MAILCF:?}"
tmo=20

# The cases run in a scratch copy of the case folder: includes are relative,
# and a refused syscmd that ran anyway would leave its traces there.
work="$TMPDIR/cases"
rm -rf "$work"
cp -R "$src" "$work" || { not_ok "copy the case folder"; finish; }
cd "$work" || exit 1

# args NAME: the command-line arguments of a case ("%" is the case file).
args() {
	if [ -f "$1.args" ]; then
		sed -n '1p' "$1.args" | sed "s/%/$1.m4/g"
	else
		echo "$1.m4"
	fi
}

# show NAME: the details of a failing case, as "# " lines.
show() {
	n=$1
	echo "# command: m4 $a"
	echo "# input ($n.m4, first 25 lines):"
	head -25 "$n.m4" | cat -v | sed 's/^/#   | /'
	echo "# exit: mailcf $st_ours, GNU m4 $st_gnu"
	echo "# stdout diff (- GNU m4, + mailcf):"
	diff -a -u "$TMPDIR/gnu.out" "$TMPDIR/our.out" | sed '1,2d' | head -40 |
	    cat -v | sed 's/^/#   /'
	echo "# stderr GNU m4:"
	head -10 "$TMPDIR/gnu.err" | cat -v | sed 's/^/#   | /'
	echo "# stderr mailcf:"
	head -10 "$TMPDIR/our.err" | cat -v | sed 's/^/#   | /'
}

# gnu_diag FILE: does GNU m4's stderr hold one of its own diagnostics?
# They start with its program name as invoked ("m4:", "/usr/bin/m4:");
# anything else there is errprint text.
gnu_diag() {
	awk -v p1="$GNU_M4:" -v p2="m4:" '
	    index($0, p1) == 1 || index($0, p2) == 1 { found = 1 }
	    END { exit !found }' "$1"
}

# compare NAME [-s]: one differential case, perhaps with sync lines.
compare() {
	n=$1
	a=$(args "$n")
	[ -n "${2:-}" ] && a="$2 $a"
	# shellcheck disable=SC2086
	timeout $tmo "$GNU_M4" $a < "$n.m4" > "$TMPDIR/gnu.out" 2> "$TMPDIR/gnu.err"
	st_gnu=$?
	# shellcheck disable=SC2086
	timeout $tmo "$MAILCF" m4 $a < "$n.m4" > "$TMPDIR/our.out" 2> "$TMPDIR/our.err"
	st_ours=$?
	why=""
	if [ "$st_gnu" = 124 ]; then
		why="GNU m4 itself timed out: the case is broken"
	elif ! cmp -s "$TMPDIR/gnu.out" "$TMPDIR/our.out"; then
		why="stdout differs"
	elif [ "$st_gnu" != "$st_ours" ]; then
		why="exit status differs"
	elif [ -s "$TMPDIR/gnu.err" ] && [ ! -s "$TMPDIR/our.err" ]; then
		why="GNU m4 wrote a diagnostic, mailcf wrote nothing to stderr"
	elif [ -s "$TMPDIR/gnu.err" ] && ! gnu_diag "$TMPDIR/gnu.err" &&
	    ! cmp -s "$TMPDIR/gnu.err" "$TMPDIR/our.err"; then
		# GNU m4's stderr holds errprint text only: it must be equal
		why="errprint output differs"
	fi
	if [ -z "$why" ]; then
		ok "$n${2:+ ($2)}"
	else
		not_ok "$n${2:+ ($2)}: $why"
		show "$n"
	fi
}

# refused NAME: syscmd, esyscmd, maketemp and mkstemp must be refused with
# an error naming file:line, a non-zero exit, and nothing run.  The cases
# try to create a file named "created".  The line is the one marked
# "@refused", else the first one naming one of those builtins.
refused() {
	n=$1
	rm -f created*
	line=$(grep -n '@refused' "$n.m4" | sed -n '1s/:.*//p')
	[ -n "$line" ] ||
	    line=$(grep -n -E 'syscmd|maketemp|mkstemp' "$n.m4" | sed -n '1s/:.*//p')
	a=$(args "$n")
	# shellcheck disable=SC2086
	timeout $tmo "$MAILCF" m4 $a < "$n.m4" > "$TMPDIR/our.out" 2> "$TMPDIR/our.err"
	st_ours=$?
	why=""
	if [ "$st_ours" = 0 ] || [ "$st_ours" = 124 ]; then
		why="exit status $st_ours, want an error"
	elif ls created* >/dev/null 2>&1; then
		why="the command ran: a file created* exists"
	elif ! grep -Eq "$n\.m4:$line([^0-9]|\$)" "$TMPDIR/our.err"; then
		why="stderr does not name $n.m4:$line"
	fi
	rm -f created*
	if [ -z "$why" ]; then
		ok "$n (refused)"
	else
		not_ok "$n: $why"
		echo "# input:"
		cat -v "$n.m4" | head -10 | sed 's/^/#   | /'
		echo "# stderr:"
		head -10 "$TMPDIR/our.err" | cat -v | sed 's/^/#   | /'
	fi
}

count=0
for f in *.m4; do
	n=${f%.m4}
	if [ -n "${M4CASES:-}" ] && ! echo "$n" | grep -Eq "$M4CASES"; then
		continue
	fi
	count=$((count + 1))
	case $n in
	refuse-*)	refused "$n" ;;
	*)		compare "$n"
			# sync lines touch every construct: a second run with -s
			# for the cases that have no command line of their own
			[ -f "$n.args" ] || compare "$n" -s ;;
	esac
done
[ "$count" -gt 0 ] || not_ok "no cases found in $src"
finish
