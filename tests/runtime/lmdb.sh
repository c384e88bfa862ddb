#!/bin/sh
# lmdb.sh -- maps built by our makemap (LMDB) decide exactly like their
# text sources: the corpus cases with map files, with NAME.lmdb next to
# each source, agree with real sendmail's expected answers; --explain
# still names the source line of the entry that decided; the map, not a
# newer source, decides (for a sendmail.cf and for a .mc).
. "$top_srcdir/tests/lib.sh"
need_shared
[ -x "$MAKEMAP" ] || skip_all "makemap is not built"

for name in access-basic virtuser-basic mailertable-basic; do
	src="$SHARED/corpus/$name"
	[ -d "$src" ] || continue
	d="$TMPDIR/$name"
	mkdir -p "$d"
	cp "$src"/* "$d/"
	for m in access virtusertable mailertable; do
		[ -f "$d/$m" ] || continue
		if ! "$MAKEMAP" hash "$d/$m" < "$d/$m" 2>"$TMPDIR/makemap.err"; then
			# makemap is another module's; say why, do not hide it
			skip_all "makemap failed on $name/$m: $(head -1 "$TMPDIR/makemap.err")"
		fi
	done
	ls "$d"/*.lmdb > /dev/null 2>&1 || { not_ok "$name: makemap built no map"; continue; }
	"$MAILCF" test -C "$d/cf.expected" --hostname mx.oracle.test --hosts "$d/hosts" \
	    --mapdir "$d" check < "$d/checks.txt" > "$d/check.got" 2>&1
	check_files "$d/check.got" "$d/check.expected" "$name: check with LMDB maps"
	"$MAILCF" test -C "$d/cf.expected" --hostname mx.oracle.test --hosts "$d/hosts" \
	    --mapdir "$d" route < "$d/addresses.txt" > "$d/route.got" 2>&1
	check_files "$d/route.got" "$d/route.expected" "$name: route with LMDB maps"
done
d="$TMPDIR/access-basic"
if [ -f "$d/access.lmdb" ]; then
	# the entry must come from the map, not from its source: change the
	# source after the build, and the answer still follows the map
	echo '172.20.1.13 pc13.office.example wes@office.example x@example.net' |
	    "$MAILCF" test -C "$d/cf.expected" --hostname mx.oracle.test \
	    --hosts "$d/hosts" --mapdir "$d" --explain check > "$d/ex" 2>&1
	grep -q "access:2: Connect:172.20.1.13 REJECT" "$d/ex" &&
	    ok "--explain names the source line of an LMDB hit" ||
	    { not_ok "--explain names the source line of an LMDB hit"; diag "$(cat "$d/ex")"; }
	sed -i 's/^Connect:172.20.1.13	REJECT/Connect:172.20.1.13	OK/' "$d/access"
	echo '172.20.1.13 pc13.office.example wes@office.example x@example.net' |
	    "$MAILCF" test -C "$d/cf.expected" --hostname mx.oracle.test \
	    --hosts "$d/hosts" --mapdir "$d" check > "$d/ex2" 2>&1
	check_eq "$(cut -f2 "$d/ex2")" "reject 550 5.7.1 Access denied" \
	    "the LMDB map decides, not a newer source"
	# the same through the .mc (the table loader's path)
	if [ -f "$d/access-basic.mc" ]; then
		echo '172.20.1.13 pc13.office.example wes@office.example x@example.net' |
		    "$MAILCF" test -C "$d/access-basic.mc" --hostname mx.oracle.test \
		    --hosts "$d/hosts" --mapdir "$d" check > "$d/ex3" 2>&1
		check_eq "$(cut -f2 "$d/ex3")" "reject 550 5.7.1 Access denied" \
		    "the LMDB map decides for a .mc configuration too"
	fi
fi
finish
