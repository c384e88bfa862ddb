#!/bin/sh
# listed.sh -- every template file is installed and shipped: each file
# under cf-templates/ (but local.mk) must appear in cf-templates/local.mk,
# and every .mc of tests/templates too.
. "$top_srcdir/tests/lib.sh"
cd "$top_srcdir" || exit 1
missing=
for f in $(find cf-templates tests/templates -type f ! -name local.mk | sort); do
	grep -q "$f" cf-templates/local.mk || missing="$missing $f"
done
check_eq "${missing# }" "" "every template and template test file is in cf-templates/local.mk"
gone=
for f in $(grep -o '\(cf-templates\|tests/templates\)/[^ \\]*' cf-templates/local.mk); do
	[ -f "$f" ] || gone="$gone $f"
done
check_eq "${gone# }" "" "every file cf-templates/local.mk lists exists"
# lib/names.m4 (the "did you mean" lists) names exactly the shipped files
for kind in feature mailer ostype domain hack; do
	want=$(ls cf-templates/$kind | sed -n 's/\.m4$//p' | LC_ALL=C sort | tr '\n' ' ')
	got=$(grep "^define(\`_mc_names_$kind'" cf-templates/lib/names.m4 |
		grep -o "\`[^\`']*'" | sed -n '2,$p' | tr -d "\`'" | LC_ALL=C sort | tr '\n' ' ')
	check_eq "$got" "$want" "lib/names.m4 lists the $kind files"
done
finish
