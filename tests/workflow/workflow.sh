#!/bin/sh
# workflow.sh -- the /etc/mail workflow end to end, in a temporary folder
# standing in for /etc/mail: mailcf init, make (lint, maps, aliases,
# table), make install, an edited map rebuilt alone, make test with the
# site's policy tests, a broken .mc stopping make with the lint error
# while the installed table stays as it was, make rollback, make start.
. "$top_srcdir/tests/lib.sh"
command -v make >/dev/null || skip_all "make is not installed"
export MAILCF_TEMPLATES="$top_srcdir/cf-templates"
export MAILCF_WORKFLOW="$top_srcdir/examples/workflow"
d="$TMPDIR/etc-mail"
printf '198.51.100.1 example.org\n198.51.100.2 example.net\n' > "$TMPDIR/hosts"
mk() {
	make -C "$d" MAILCF="$MAILCF" MAKEMAP="$MAKEMAP" NEWALIASES="$NEWALIASES" \
	    HOST=mx.lint.test \
	    SERVICE="$TMPDIR/no-such-service" \
	    LINTFLAGS="--hostname mx.lint.test" \
	    TESTFLAGS="--mapdir $d --hostname mx.lint.test --hosts $TMPDIR/hosts" \
	    "$@"
}

"$MAILCF" init --host mx.lint.test "$d" > "$TMPDIR/init.out"
check_eq "$(grep -c '^created' "$TMPDIR/init.out")" 10 "init creates the 10 starter files"
echo "# edited" >> "$d/access"
"$MAILCF" init --host mx.lint.test "$d" > "$TMPDIR/init2.out"
check_eq "$(grep -c '^kept' "$TMPDIR/init2.out")" 10 "a second init keeps every file"
if grep -q '^# edited' "$d/access"; then ok "init does not overwrite an edited file"
else not_ok "init does not overwrite an edited file"; fi

if mk > "$TMPDIR/make1.out" 2>&1; then ok "make builds everything"
else not_ok "make builds everything"; sed 's/^/# /' "$TMPDIR/make1.out"; fi
for f in access.lmdb virtusertable.lmdb mailertable.lmdb aliases.lmdb mx.lint.test.cft; do
	if [ -s "$d/$f" ]; then ok "make built $f"; else not_ok "make built $f"; fi
done
if mk install > "$TMPDIR/install.out" 2>&1 && [ -s "$d/sendmail.cft" ]; then
	ok "make install installs the table"
else
	not_ok "make install installs the table"; sed 's/^/# /' "$TMPDIR/install.out"
fi
cp "$d/sendmail.cft" "$TMPDIR/installed"

# an edited map: only that map is rebuilt
sleep 1
printf 'Connect:192.0.2.66\tREJECT\n' >> "$d/access"
mk > "$TMPDIR/make2.out" 2>&1
if grep -q 'makemap hash access' "$TMPDIR/make2.out" &&
    ! grep -q 'makemap hash virtusertable\|makemap hash mailertable\| build -o \|newaliases' "$TMPDIR/make2.out"; then
	ok "after editing access, make rebuilds access.lmdb and nothing else"
else
	not_ok "after editing access, make rebuilds access.lmdb and nothing else"
	sed 's/^/# /' "$TMPDIR/make2.out"
fi

# the site's policy tests
if mk test > "$TMPDIR/test.out" 2>&1; then ok "make test passes the starter policy tests"
else not_ok "make test passes the starter policy tests"; sed 's/^/# /' "$TMPDIR/test.out"; fi
printf 'check 198.51.100.23 - a@example.org b@example.net\taccept\n' >> "$d/policy-tests"
if mk test > "$TMPDIR/test2.out" 2>&1; then
	not_ok "make test fails on a wrong expectation"
else
	if grep -q 'policy-tests:[0-9]*: check 198.51.100.23' "$TMPDIR/test2.out"; then
		ok "make test fails on a wrong expectation and names its line"
	else
		not_ok "make test fails on a wrong expectation and names its line"
		sed 's/^/# /' "$TMPDIR/test2.out"
	fi
fi

# a broken .mc: make stops at lint, the installed table is untouched
sleep 1
sed 's/virtusertable'"'"', `hash/virtusertabel'"'"', `hash/' "$d/mx.lint.test.mc" > "$d/x" &&
    mv "$d/x" "$d/mx.lint.test.mc"
if mk install > "$TMPDIR/make3.out" 2>&1; then
	not_ok "make install fails on a broken .mc"
else
	ok "make install fails on a broken .mc"
fi
if grep -q 'mx.lint.test.mc:[0-9]*:[0-9]*: error: .*virtusertabel.*\[M004\]' "$TMPDIR/make3.out"; then
	ok "the failure shows the lint error at the .mc line"
else
	not_ok "the failure shows the lint error at the .mc line"; sed 's/^/# /' "$TMPDIR/make3.out"
fi
if cmp -s "$d/sendmail.cft" "$TMPDIR/installed"; then ok "the installed table is untouched"
else not_ok "the installed table is untouched"; fi

# install a changed table, then roll back
sed 's/virtusertabel/virtusertable/; s/4000/5000/' "$d/mx.lint.test.mc" > "$d/x" &&
    mv "$d/x" "$d/mx.lint.test.mc"
mk install > "$TMPDIR/make4.out" 2>&1
if ! cmp -s "$d/sendmail.cft" "$TMPDIR/installed" && cmp -s "$d/sendmail.cft.prev" "$TMPDIR/installed"; then
	ok "install keeps the previous table as sendmail.cft.prev"
else
	not_ok "install keeps the previous table as sendmail.cft.prev"; sed 's/^/# /' "$TMPDIR/make4.out"
fi
mk rollback > /dev/null 2>&1
if cmp -s "$d/sendmail.cft" "$TMPDIR/installed"; then ok "make rollback restores it"
else not_ok "make rollback restores it"; fi
out=$(mk restart 2>&1)
case $out in
*"no mail daemon installed"*) ok "make restart says that no daemon is installed" ;;
*) not_ok "make restart says that no daemon is installed"; diag "$out" ;;
esac
finish
