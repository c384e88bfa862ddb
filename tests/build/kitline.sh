# kitline.sh -- sourced by fidelity.sh and kit-errors.sh (after
# need_oracle or with ORACLE set): where real sendmail's cf kit complains.
# Uses $TMPDIR/mc as scratch space.

# kit_errs MC: the kit's complaints about MC ("*** ..." but warnings, and
# m4's own errors), run in MC's folder, the file's name written THE.mc
kit_errs() {
	(cd "$(dirname "$1")" && "$ORACLE/mc2cf" "$(basename "$1")" 2>&1 >/dev/null) |
	    grep -E '^\*\*\* |^m4:' | grep -v 'WARNING' |
	    sed "s|$(basename "$1")|THE.mc|g"
}

# kit_line MC FIRST: the first N such that the kit's complaints about the
# first N lines of MC include FIRST, its first complaint about the whole
# file (a shorter file may draw other ones, such as "No system type
# defined"); empty when none does
kit_line() {
	mkdir -p "$TMPDIR/mc"
	_total=$(wc -l < "$1")
	_n=1
	while [ "$_n" -le "$_total" ]; do
		head -n "$_n" "$1" > "$TMPDIR/mc/kitline.mc"
		if kit_errs "$TMPDIR/mc/kitline.mc" | grep -qxF -- "$2"; then
			echo "$_n"
			return
		fi
		_n=$((_n + 1))
	done
}
