#!/bin/sh
# newaliases.sh -- newaliases and praliases without the oracle: where the
# alias files come from (-O, -oA, -C with O AliasFile / OA lines), the
# summary line, classes and NULs, locking, mailcf newaliases, praliases'
# options and messages.
. "$top_srcdir/tests/lib.sh"
d=$(pwd)

printf 'a: b\nA: c\nroot: x\n' > aliases
"$NEWALIASES" -O AliasFile="$d/aliases" > out; rc=$?
check_eq "$rc" 0 "only warnings: exit 0"
check_eq "$(cat out)" "$d/aliases: line 2: A... Warning: duplicate alias name a
$d/aliases: 3 aliases, longest 1 bytes, 9 bytes total" "duplicate warning and summary line"
check_eq "$("$PRALIASES" -f "$d/aliases" | tr '\n' ' ')" "@:@ a:c root:x " "the later entry wins; the @:@ sentinel is there"
check_eq "$("$PRALIASES" -f "$d/aliases" root A a)" "root:x
A: No such key
a:c" "praliases KEY: exact, case-sensitive lookups"

if command -v mdb_dump >/dev/null 2>&1; then
	mdb_dump -n -s map -p aliases.lmdb 2>/dev/null | grep -q '^ root\\00$' &&
		ok "the implicit class stores keys with a NUL" ||
		not_ok "the implicit class stores keys with a NUL"
	"$NEWALIASES" -O AliasFile="hash:$d/aliases" > /dev/null
	mdb_dump -n -s map -p aliases.lmdb 2>/dev/null | grep -q '^ root$' &&
		ok "hash: stores keys without a NUL" ||
		not_ok "hash: stores keys without a NUL"
	"$NEWALIASES" -O AliasFile="hash:-N $d/aliases" > /dev/null
	mdb_dump -n -s map -p aliases.lmdb 2>/dev/null | grep -q '^ root\\00$' &&
		ok "hash:-N stores keys with a NUL" ||
		not_ok "hash:-N stores keys with a NUL"
	check_eq "$("$PRALIASES" -f "$d/aliases" root)" "root:x" "praliases finds a NUL key"
else
	skip "mdb_dump (lmdb-utils) not installed"
fi

# the alias files of a cf: O AliasFile= with a list, and the old OA form
printf 'l1: x\n' > list1
printf 'l2: y\nl2b: z\n' > list2
printf 'l3: w\n' > list3
printf 'V10/Berkeley\nO AliasFile=%s/list1, %s/list2\nO AliasFile=nis:mail.aliases\nOA%s/list3\n' "$d" "$d" "$d" > t.cf
"$NEWALIASES" -C t.cf > out; rc=$?
check_eq "$rc" 0 "-C: exit 0"
check_eq "$(cat out)" "$d/list1: 1 aliases, longest 1 bytes, 3 bytes total
$d/list2: 2 aliases, longest 1 bytes, 7 bytes total
$d/list3: 1 aliases, longest 1 bytes, 3 bytes total" "-C: every file alias database is rebuilt, nis is skipped"
check_eq "$("$PRALIASES" -C t.cf 2> err | tr '\n' ' ')" "@:@ l1:x @:@ l2:y l2b:z @:@ l3:w " "praliases -C prints each database"
check_eq "$(cat err)" "praliases: Skipping non-file based alias type nis" "praliases -C skips nis"
"$NEWALIASES" -oA"$d/list3" > out
check_eq "$(cat out)" "$d/list3: 1 aliases, longest 1 bytes, 3 bytes total" "-oA names the file"

# mailcf newaliases is the same program
"$MAILCF" newaliases -O AliasFile="$d/aliases" > out2; rc=$?
"$NEWALIASES" -O AliasFile="$d/aliases" > out1
check_eq "$rc" 0 "mailcf newaliases: exit 0"
check_files out2 out1 "mailcf newaliases prints what newaliases prints"

# errors: exit 70, the valid entries are stored
printf 'ok: y\nnocolon\nempty:\n' > bad
"$NEWALIASES" -O AliasFile="$d/bad" > out; rc=$?
check_eq "$rc" 70 "errors: exit 70"
check_eq "$("$PRALIASES" -f "$d/bad" ok)" "ok:y" "errors: the valid entries are stored"

# a missing file: message, exit 0, nothing written
"$NEWALIASES" -O AliasFile="$d/missing" > out; rc=$?
check_eq "$rc:$(cat out)" "0:newaliases: cannot open $d/missing: No such file or directory" "a missing alias file"
[ ! -e missing.lmdb ] && ok "no database for a missing file" || not_ok "no database for a missing file"

# a file being rebuilt (locked) is left alone
if command -v flock >/dev/null 2>&1; then
	flock aliases sh -c "\"$NEWALIASES\" -O AliasFile=\"$d/aliases\" > out"
	check_eq "$(cat out)" "Alias file $d/aliases is locked (maybe being rebuilt)" "a locked alias file"
else
	skip "flock (util-linux) missing"
fi

# praliases messages and status
"$PRALIASES" -f "$d/nosuch" > out 2> err; rc=$?
check_eq "$rc:$(cat err)" "0:praliases: $d/nosuch: open: No such file or directory" "praliases: a missing database"
"$PRALIASES" -Z > out 2> err; rc=$?
check_eq "$rc" 64 "praliases: a bad option exits 64"
grep -q 'usage: praliases \[-C cffile\] \[-f aliasfile\] \[key ...\]' err &&
	ok "praliases: usage text" || not_ok "praliases: usage text"
"$PRALIASES" -C nosuch.cf > out 2> err; rc=$?
check_eq "$rc" 66 "praliases: an unreadable cf exits 66"
for p in "$NEWALIASES" "$PRALIASES"; do
	"$p" --help > out; rc=$?
	check_eq "$rc" 0 "$(basename "$p") --help exits 0"
done
"$NEWALIASES" -Z > out 2>&1; rc=$?
check_eq "$rc" 64 "newaliases: a bad option exits 64"
finish
