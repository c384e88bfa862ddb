#!/bin/sh
# show-cfkit.sh -- every FEATURE, OSTYPE, MAILER, HACK and DOMAIN file of
# the real cf kit, each in a small .mc written here, compiled by the real
# kit (../shared/oracle/mc2cf): `mailcf show --cf` must read each output
# without an error and print the same declarations (tests/cf/decls.awk
# canonicalises both sides).  Files that need arguments or refuse to work
# outside their home (Berkeley domains) are left out by name.
. "$top_srcdir/tests/lib.sh"
need_oracle

cfdir="$ORACLE_PREFIX/root/usr/share/sendmail/cf"
[ -d "$cfdir/feature" ] || skip_all "no cf tree under $ORACLE_PREFIX"
decls="$top_srcdir/tests/cf/decls.awk"
skip_re='^(f-(dnsbl|enhdnsbl|domainmap|nopercenthack|nouucp|msp|nullclient|tls_failures)|h-msp_nullclient|m-(local|smtp)|o-unknown|d-.*[Bb]erkeley.*)$'

mk() {	# mk NAME LINE...: write $TMPDIR/NAME.mc
	name=$1
	shift
	printf '%s\n' "$@" > "$TMPDIR/$name.mc"
}

for f in "$cfdir"/feature/*.m4; do
	n=$(basename "$f" .m4)
	mk "f-$n" "OSTYPE(\`linux')" "FEATURE(\`access_db')" "FEATURE(\`$n')" \
	    "MAILER(\`local')" "MAILER(\`smtp')"
done
for f in "$cfdir"/ostype/*.m4; do
	n=$(basename "$f" .m4)
	mk "o-$n" "OSTYPE(\`$n')" "MAILER(\`local')" "MAILER(\`smtp')"
done
for f in "$cfdir"/mailer/*.m4; do
	n=$(basename "$f" .m4)
	mk "m-$n" "OSTYPE(\`linux')" "MAILER(\`local')" "MAILER(\`smtp')" \
	    "MAILER(\`$n')"
done
for f in "$cfdir"/hack/*.m4; do
	n=$(basename "$f" .m4)
	mk "h-$n" "OSTYPE(\`linux')" "FEATURE(\`access_db')" "HACK(\`$n')" \
	    "MAILER(\`local')" "MAILER(\`smtp')"
done
for f in "$cfdir"/domain/*.m4; do
	n=$(basename "$f" .m4)
	mk "d-$n" "OSTYPE(\`linux')" "DOMAIN(\`$n')" "MAILER(\`local')" \
	    "MAILER(\`smtp')"
done

total=0 good=0
for mc in "$TMPDIR"/*.mc; do
	name=$(basename "$mc" .mc)
	echo "$name" | grep -Eq "$skip_re" && continue
	total=$((total + 1))
	if ! "$ORACLE/mc2cf" "$mc" > "$TMPDIR/$name.cf" 2> "$TMPDIR/m4err"; then
		not_ok "$name: the real cf kit compiles it"
		head -3 "$TMPDIR/m4err" | sed 's/^/# /'
		continue
	fi
	"$MAILCF" show --cf "$TMPDIR/$name.cf" > "$TMPDIR/show.out" \
	    2> "$TMPDIR/show.err"
	rc=$?
	awk -f "$decls" "$TMPDIR/show.out" | sort > "$TMPDIR/got"
	awk -f "$decls" "$TMPDIR/$name.cf" | sort > "$TMPDIR/want"
	if [ $rc -eq 0 ] && ! grep -q "error:" "$TMPDIR/show.err" &&
	    cmp -s "$TMPDIR/got" "$TMPDIR/want"; then
		ok "$name: parsed, every declaration shown"
		good=$((good + 1))
	else
		not_ok "$name: parsed, every declaration shown (exit $rc)"
		head -6 "$TMPDIR/show.err" | sed 's/^/# /'
		diff "$TMPDIR/want" "$TMPDIR/got" | head -10 | sed 's/^/# /'
	fi
done
[ $total -ge 100 ] && ok "$total configurations tried" ||
	not_ok "only $total configurations found in $cfdir"
finish
