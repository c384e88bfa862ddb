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
finish
