# runtime/local.mk -- build fragment (see docs/HACKING.md); paths are relative to the top
# The policy engine (issue 6): decides like sendmail 8.17; `mailcf test`.
noinst_LIBRARIES += runtime/libruntime.a
runtime_libruntime_a_SOURCES = \
	runtime/token.c runtime/token.h \
	runtime/pmap.c runtime/pmap.h \
	runtime/resolver.c runtime/resolver.h \
	runtime/policy.c runtime/policy.h runtime/paddr.h \
	runtime/route.c runtime/check.c runtime/masq.c \
	runtime/cfload.c runtime/cfload.h \
	runtime/testcmd.c
MAILCF_LIBS += runtime/libruntime.a

MAILCF_TESTS += tests/runtime/corpus.sh
EXTRA_DIST += tests/runtime/corpus.sh
MAILCF_TESTS += tests/runtime/differential.sh
EXTRA_DIST += tests/runtime/differential.sh tests/runtime/mc/full.mc \
	tests/runtime/mc/smart.mc
check_PROGRAMS += tests/runtime/gen_policy
tests_runtime_gen_policy_SOURCES = tests/runtime/gen_policy.c
