#!/bin/sh
# rules-oracle.sh -- rule tokenization against real sendmail: for each
# corpus cf.expected and each tests/cf/mc/*.mc compiled by the real cf
# kit, `mailcf show --rules` prints every ruleset the way sendmail -bt's
# =S command prints it, and real sendmail 8.17 (../shared/oracle/bt) is
# asked for =S of the same rulesets.  Both sides are compared rule by
# rule, after blanks are squeezed (sendmail pads with blanks and TABs).
. "$top_srcdir/tests/lib.sh"
need_oracle

# name<TAB>rule lines from our output
ours() {
	awk '/^S/ { name = substr($0, 2); sub(/=.*/, "", name); next }
	     /^R/ { print name "\t" $0 }' "$1"
}

# the =S commands, one per ruleset, in our order
commands() {
	awk '/^S/ { name = substr($0, 2); sub(/=.*/, "", name);
		    print "=S" name }' "$1"
}

# sendmail's answers, split at its "> " prompts, tagged with the names
theirs() {	# theirs BTOUT CMDS
	awk -v cmds="$2" '
		BEGIN { n = 0; while ((getline l < cmds) > 0) name[++n] = substr(l, 3) }
		{
			while (substr($0, 1, 2) == "> ") { idx++; $0 = substr($0, 3) }
			if (idx >= 1 && idx <= n && $0 ~ /^R/) print name[idx] "\t" $0
		}' "$1"
}

squeeze() {
	sed 's/[ \t]*\t[ \t]*/\t/g; s/  */ /g; s/ *$//; s/\t$//' "$1"
}

compare() {	# compare NAME CF MAPDIR
	"$MAILCF" show --rules --cf "$2" > "$TMPDIR/show" 2> "$TMPDIR/err" || {
		not_ok "$1: mailcf show --rules"
		head -5 "$TMPDIR/err" | sed 's/^/# /'
		return
	}
	commands "$TMPDIR/show" > "$TMPDIR/cmds"
	# A cf with an option this sendmail build lacks (AddBcc) still gets
	# its rules read, but sendmail then exits 70: what counts is that it
	# printed the rules (checked below).
	ORACLE_ALLOW_CF_ERRORS=1 "$ORACLE/bt" "$2" "$3" < "$TMPDIR/cmds" \
	    > "$TMPDIR/bt" 2> "$TMPDIR/bterr"
	ours "$TMPDIR/show" > "$TMPDIR/a"
	theirs "$TMPDIR/bt" "$TMPDIR/cmds" > "$TMPDIR/b"
	squeeze "$TMPDIR/a" > "$TMPDIR/got"
	squeeze "$TMPDIR/b" > "$TMPDIR/want"
	if [ "$(wc -l < "$TMPDIR/want")" -lt 100 ]; then
		not_ok "$1: sendmail printed its rules ($(wc -l < "$TMPDIR/want") lines)"
		head -5 "$TMPDIR/bt" "$TMPDIR/bterr" | sed 's/^/# /'
		return
	fi
	# sendmail expands $x macros when it reads a rule (their values
	# depend on the host: $j, $m, $w); we keep them as macro tokens.
	# Rules with a macro are only checked for being in the right ruleset.
	if [ "$(wc -l < "$TMPDIR/got")" != "$(wc -l < "$TMPDIR/want")" ]; then
		not_ok "$1: as many rules as sendmail has"
		diff "$TMPDIR/want" "$TMPDIR/got" | head -10 | sed 's/^/# /'
		return
	fi
	paste -d '\n' "$TMPDIR/got" "$TMPDIR/want" | awk -v name="$1" '
		NR % 2 == 1 { got = $0; next }
		{
			want = $0
			if (got ~ /[$][A-Za-z{]/) {
				split(got, g, "\t"); split(want, w, "\t")
				if (g[1] != w[1]) { bad++; print "# got:  " got; print "# want: " want }
				macro++
			} else if (got != want) {
				bad++
				if (bad <= 10) { print "# got:  " got; print "# want: " want }
			} else
				same++
		}
		END {
			printf "%s %d: %s: %d rules tokenized as sendmail does, %d with macros (sendmail expands them at load time)\n",
			    bad ? "not ok" : "ok", 0, name, same, macro
		}' > "$TMPDIR/res"
	# renumber the awk verdict through ok/not_ok
	verdict=$(grep -E '^(ok|not ok) 0:' "$TMPDIR/res" | sed 's/^[a-z ]* 0: //')
	grep '^#' "$TMPDIR/res"
	if grep -q '^ok 0:' "$TMPDIR/res"; then ok "$verdict"; else not_ok "$verdict"; fi
}

mkdir "$TMPDIR/empty"
for cf in "$SHARED"/corpus/*/cf.expected; do
	d=$(dirname "$cf")
	compare "$(basename "$d")" "$cf" "$d"
done
for mc in "$top_srcdir"/tests/cf/mc/*.mc; do
	name=$(basename "$mc" .mc)
	cp "$mc" "$TMPDIR/$name.mc"
	"$ORACLE/mc2cf" "$TMPDIR/$name.mc" > "$TMPDIR/$name.cf" 2>/dev/null ||
		{ not_ok "$name: the real cf kit compiles it"; continue; }
	compare "$name" "$TMPDIR/$name.cf" "$TMPDIR/empty"
done
finish
