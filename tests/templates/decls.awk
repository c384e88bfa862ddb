# decls.awk -- the declaration lines of a sendmail.cf or of mailcf IR text,
# one per line, for set comparison.
#
# A line starting with a blank or a tab continues the previous one: it is
# joined to it with one blank.  Kept: lines whose first character is one of
# O D C F K M H P T V E Q X (the cf declarations).  Dropped: comments
# (`#...', including the cf kit's commented `#O' defaults), rulesets (S, R),
# mailcf directives (`@...'), blank lines.  Runs of blanks and tabs become
# one blank and trailing blanks go, so that layout differences do not count.
function flush() {
	if (cur != "" && cur ~ /^[OCDFKMHPTVEQX]/) {
		gsub(/[ \t]+/, " ", cur)
		sub(/ +$/, "", cur)
		print cur
	}
	cur = ""
}
/^[ \t]/ {
	if (cur != "") {
		line = $0
		sub(/^[ \t]+/, "", line)
		cur = cur " " line
	}
	next
}
{ flush(); cur = $0 }
END { flush() }
