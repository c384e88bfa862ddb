#!/bin/sh
# atomic.sh -- a failed or interrupted build leaves the old map intact and
# no stray file: makemap killed with SIGKILL at several points of a big
# build, and a build that runs out of space on a small tmpfs.
. "$top_srcdir/tests/lib.sh"
GEN="perl $top_srcdir/tests/maps/gen.pl"

mkdir maps
printf 'old.example OK\nother.example REJECT\n' > small
"$MAKEMAP" hash maps/access < small || { not_ok "build the old map"; finish; }
"$MAKEMAP" -u hash maps/access > old.dump
$GEN access 1000000 > big

# only the map itself may be in the directory afterwards
clean_dir() {
	ls -a maps | grep -v '^\.\.\?$' > listing
	check_eq "$(cat listing)" "access.lmdb" "$1: no stray file"
}

for delay in 0.2 0.5 0.8 1.1 1.5; do
	"$MAKEMAP" hash maps/access < big 2>/dev/null &
	pid=$!
	sleep "$delay"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	"$MAKEMAP" -u hash maps/access > now.dump 2>&1
	# the build may have finished before the kill: then it is complete
	if cmp -s now.dump old.dump; then
		ok "kill -9 after ${delay}s: the old map is intact"
	elif [ "$(wc -l < now.dump)" -eq 1000000 ]; then
		ok "kill -9 after ${delay}s: the build had completed (all entries)"
		"$MAKEMAP" hash maps/access < small
	else
		not_ok "kill -9 after ${delay}s: the map is neither old nor complete"
		diag "$(head -3 now.dump)"
	fi
	clean_dir "kill -9 after ${delay}s"
done

# without /proc (a chroot) the build uses a named temporary file
if [ "${SANITIZERS:-no}" = yes ]; then
	skip "the sanitizer runtime needs /proc"
elif [ "$(id -u)" = 0 ] && unshare --mount true 2>/dev/null; then
	mkdir noproc
	unshare --mount sh -c '
		mount -t tmpfs tmpfs /proc || exit 99
		"$2" hash "$1/access" < small || exit 98
		printf "a b\na c\n" | "$2" hash "$1/access" 2>/dev/null
		"$2" -u hash "$1/access" > noproc.dump
		ls -a "$1" | grep -v "^\.\.\?$" > noproc.listing
	' sh "$(pwd)/noproc" "$MAKEMAP"
	rc=$?
	if [ "$rc" = 99 ]; then
		skip "cannot hide /proc here"
	else
		check_eq "$rc" 0 "without /proc: the build works"
		check_eq "$(cat noproc.dump)" "$(printf 'a\tb')" "without /proc: the map is complete"
		check_eq "$(cat noproc.listing)" "access.lmdb" "without /proc: no stray file"
	fi
else
	skip "needs root and unshare to hide /proc"
fi

# disk full: a 2 MiB tmpfs in a private mount namespace (root only)
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 &&
    unshare --mount true 2>/dev/null; then
	mkdir full
	unshare --mount sh -c '
		mount -t tmpfs -o size=2m tmpfs "$1" || exit 99
		"$2" hash "$1/access" < small || exit 98
		"$2" -u hash "$1/access" > old.tmpfs
		"$2" hash "$1/access" < big 2> enospc.err
		echo $? > enospc.rc
		"$2" -u hash "$1/access" > new.tmpfs
		ls -a "$1" | grep -v "^\.\.\?$" > full.listing
		df -k "$1" | awk "NR == 2 { print \$3 }" > full.used
	' sh "$(pwd)/full" "$MAKEMAP"
	rc=$?
	if [ "$rc" = 99 ]; then
		skip "cannot mount a tmpfs here"
	else
		check_eq "$(cat enospc.rc)" 74 "disk full: exit 74"
		grep -q 'No space left on device' enospc.err &&
			ok "disk full: the message says so ($(cat enospc.err))" ||
			{ not_ok "disk full: the message says so"; diag "$(cat enospc.err)"; }
		check_files new.tmpfs old.tmpfs "disk full: the old map is intact"
		check_eq "$(cat full.listing)" "access.lmdb" "disk full: no stray file"
		[ "$(cat full.used)" -lt 200 ] && ok "disk full: the space is given back ($(cat full.used) KiB used)" ||
			not_ok "disk full: the space is given back ($(cat full.used) KiB used)"
	fi
else
	skip "needs root and unshare to mount a small tmpfs"
fi
finish
