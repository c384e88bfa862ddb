# lib.sh -- helpers for mailcf's shell tests (TAP).  Source it:
#	. "$top_srcdir/tests/lib.sh"
# then call ok/not_ok/skip/check_eq and end with finish.

_tap_n=0
_tap_failed=0

ok() {		# ok DESCRIPTION
	_tap_n=$((_tap_n + 1))
	echo "ok $_tap_n - $*"
}

not_ok() {	# not_ok DESCRIPTION (details on stdout prefixed "# ")
	_tap_n=$((_tap_n + 1))
	_tap_failed=$((_tap_failed + 1))
	echo "not ok $_tap_n - $*"
}

skip() {	# skip REASON
	_tap_n=$((_tap_n + 1))
	echo "ok $_tap_n # SKIP $*"
}

skip_all() {	# skip_all REASON: the whole file is skipped
	skip "$*"
	echo "1..$_tap_n"
	exit 0
}

diag() {	# diag TEXT...: a comment line per input line
	printf '%s\n' "$@" | sed 's/^/# /'
}

check_eq() {	# check_eq GOT WANT DESCRIPTION
	if [ "$1" = "$2" ]; then
		ok "$3"
	else
		not_ok "$3"
		diag "got:  $1" "want: $2"
	fi
}

check_files() {	# check_files GOTFILE WANTFILE DESCRIPTION
	if cmp -s "$1" "$2"; then
		ok "$3"
	else
		not_ok "$3"
		diff -u "$2" "$1" | head -40 | sed 's/^/# /'
	fi
}

need_gnu_m4() {
	GNU_M4=${GNU_M4:-m4}
	"$GNU_M4" --version 2>/dev/null | grep -q 'GNU M4' ||
		skip_all "GNU m4 is not installed (apt-get install m4)"
	export GNU_M4
}

need_shared() {
	[ -n "${SHARED:-}" ] && [ -d "$SHARED" ] ||
		skip_all "../shared is absent (a tarball build outside the repository)"
}

# need_oracle: real sendmail 8.17 through ../shared/oracle.  Runs its setup
# once (idempotent) and sets ORACLE (the scripts' folder) and ORACLE_PREFIX.
need_oracle() {
	need_shared
	[ "$(id -u)" = 0 ] || skip_all "the sendmail oracle needs root (unshare)"
	ORACLE="$SHARED/oracle"
	if ! ORACLE_PREFIX=$("$ORACLE/setup" 2>"$TMPDIR/oracle-setup.log"); then
		skip_all "the sendmail oracle could not be set up: $(tail -1 "$TMPDIR/oracle-setup.log")"
	fi
	export ORACLE ORACLE_PREFIX
}

finish() {
	echo "1..$_tap_n"
	[ "$_tap_failed" = 0 ]
	exit $?
}
