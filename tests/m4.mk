# tests/m4.mk -- differential tests of the m4 engine against GNU m4
# Three test files (conventions in tests/m4/README):
#   difftest.sh  hand-written cases in tests/m4/cases, one TAP line each
#   gentest.sh   random programs from tests/m4/m4gen, one TAP line per batch
#   cfkit.sh     the real sendmail cf kit on every corpus and tests/m4/mc .mc
check_PROGRAMS += tests/m4/m4gen
tests_m4_m4gen_SOURCES = tests/m4/m4gen.c
tests_m4_m4gen_LDADD = lib/libutil.a
MAILCF_TESTS += tests/m4/difftest.sh tests/m4/gentest.sh tests/m4/cfkit.sh
# directories ship whole: automake expands no wildcards
EXTRA_DIST += tests/m4/README tests/m4/KNOWN-MISMATCHES tests/m4/m4gen.1 \
	tests/m4/difftest.sh tests/m4/gentest.sh tests/m4/cfkit.sh \
	tests/m4/cases tests/m4/mc
