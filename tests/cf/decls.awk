# decls.awk -- the declaration lines of a sendmail.cf, canonicalised, so
# that `mailcf show --cf X.cf` and X.cf itself can be compared after sort.
# Used on both sides of the comparison; the canonicalisation is the one
# documented in mailcf(8) under "show":
#   - continuation lines (starting with a blank or TAB) are joined to the
#     line they continue, with one blank;
#   - only V O D C F K M H P T Q X E lines are kept (R, S and comments go);
#   - runs of blanks become one blank; trailing blanks go;
#   - C, D, F: "{x}" with one character is written "x";
#   - C and T: no blank between the class name (or T) and the first word;
#   - K: no blank between K and the map name;
#   - O: no blank after '=';
#   - M, Q, X: fields separated by ", ".
function flush() {
	if (cur == "")
		return
	if (cur ~ /^[VODCFKMHPTQXE]/) {
		gsub(/[ \t]+/, " ", cur)
		sub(/ $/, "", cur)
		# a one-character name in braces is that character
		if (cur ~ /^[CDF]\{.\}/)
			cur = substr(cur, 1, 1) substr(cur, 3, 1) substr(cur, 5)
		if (cur ~ /^C/) {
			if (cur ~ /^C\{/)
				sub(/^C\{[^}]*\} /, substr(cur, 1, index(cur, "}")), cur)
			else
				sub(/^C. /, substr(cur, 1, 2), cur)
		}
		if (cur ~ /^[TK] /)
			cur = substr(cur, 1, 1) substr(cur, 3)
		if (cur ~ /^O /)
			sub(/= /, "=", cur)
		if (cur ~ /^[MQX]/)
			gsub(/ ?, ?/, ", ", cur)
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
