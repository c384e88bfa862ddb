#!/bin/sh
# locations.sh -- the IR carries the .mc line of every define: the @define
# line of each variable a .mc defines, and the O line of each option, come
# right after "@loc<TAB>FILE<TAB>LINE" naming that define.  Checked on
# every define of tests/templates/mc/misc-options.mc and timeouts.mc.
. "$top_srcdir/tests/lib.sh"
need_gnu_m4
. "$top_srcdir/tests/templates/run-templates.sh"
opts="$top_srcdir/cf-templates/lib/options.m4"
for f in misc-options timeouts; do
	mc="$top_srcdir/tests/templates/mc/$f.mc"
	mc2ir "$mc" > "$TMPDIR/ir" 2>/dev/null
	grep -n "^define(\`conf" "$mc" | sed "s/^\([0-9]*\):define(\`\([A-Za-z0-9_]*\)'.*/\1 \2/" |
	while read -r no var; do
		want="@loc	$f.mc	$no"
		got=$(grep -B1 "^@define	$var	" "$TMPDIR/ir" | head -1)
		[ "$got" = "$want" ] && echo "ok $var @define" || echo "bad $var @define: $got"
		name=$(grep "\`$var'" "$opts" | sed -n "s/^_mc_opt[a-z_]*(\`\([^']*\)'.*/\1/p" | head -1)
		[ -n "$name" ] || continue
		got=$(grep -B1 "^O $name[= ]\|^O $name\$" "$TMPDIR/ir" | head -1)
		[ "$got" = "$want" ] && echo "ok $var O $name" || echo "bad $var O $name: $got"
	done > "$TMPDIR/res"
	n=$(grep -c '^ok' "$TMPDIR/res")
	bad=$(grep '^bad' "$TMPDIR/res")
	if [ -z "$bad" ] && [ "$n" -gt 10 ]; then
		ok "$f.mc: $n @define and O lines carry the line of their define"
	else
		not_ok "$f.mc: lines without the location of their define"
		printf '%s\n' "$bad" | head -10 | sed 's/^/# /'
	fi
done
finish
