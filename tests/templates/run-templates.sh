# run-templates.sh -- sourced by the template tests: mc2ir FILE.mc runs GNU
# m4 with mailcf's cf-templates on FILE.mc (in FILE's folder, as the
# oracle's mc2cf does) and prints the IR.  The usual absolute includes of
# the cf kit (/usr/share/sendmail/cf/m4/cf.m4 and the Debian/FreeBSD/Red
# Hat spellings) are pointed at cf-templates, as the mailcf compiler
# does.
TPL="$top_srcdir/cf-templates"
# m4run: GNU m4, or mailcf's engine when USE_MAILCF_M4 is set (to
# "natives": with the templates' natives, as mailcf build runs it)
m4run() {
	if [ "${USE_MAILCF_M4:-}" = natives ]; then
		"$MAILCF" m4 --template-natives "$@"
	elif [ -n "${USE_MAILCF_M4:-}" ]; then
		"$MAILCF" m4 "$@"
	else
		"$GNU_M4" "$@"
	fi
}
mc2ir() {
	_dir=$(cd "$(dirname "$1")" && pwd)
	_tmp="$TMPDIR/mc2ir.$$.mc"
	sed -E "s#((s?include)\(\`?)(/usr/share/sendmail/cf/|/usr/share/sendmail-cf/|/usr/lib/sendmail-cf/|/usr/lib/mail/)#\1$TPL/#g" "$1" > "$_tmp"
	if cmp -s "$1" "$_tmp"; then
		# nothing to map: read the file itself, so @loc names it
		(cd "$_dir" && m4run -I "$TPL/m4" "$TPL/cf.m4" "$(basename "$1")")
	else
		(cd "$_dir" && m4run -I "$TPL/m4" "$TPL/cf.m4" "$_tmp")
	fi
	_rc=$?
	rm -f "$_tmp"
	return $_rc
}
# decls: the declaration lines of a cf or IR on stdin, sorted
decls() {
	awk -f "$top_srcdir/tests/templates/decls.awk" | LC_ALL=C sort
}
