# runtime/local.mk -- build fragment (see docs/HACKING.md); paths are relative to the top
# The policy engine (issue 6): decides like sendmail 8.17; `mailcf test`.
noinst_LIBRARIES += runtime/libruntime.a
runtime_libruntime_a_SOURCES = \
	runtime/token.c runtime/token.h \
	runtime/pmap.c runtime/pmap.h \
	runtime/resolver.c runtime/resolver.h \
	runtime/policy.c runtime/policy.h runtime/paddr.h \
	runtime/route.c runtime/check.c runtime/masq.c \
	runtime/cfload.c runtime/cfload.h runtime/features.c \
	runtime/rewrite.c runtime/rewrite.h \
	runtime/testcmd.c
# runtime uses maps/libmaps.a (LMDB maps): list it again after us
MAILCF_LIBS += runtime/libruntime.a maps/libmaps.a $(SSL_LIBS)

MAILCF_TESTS += tests/runtime/corpus.sh
EXTRA_DIST += tests/runtime/corpus.sh
MAILCF_TESTS += tests/runtime/differential.sh
EXTRA_DIST += tests/runtime/differential.sh tests/runtime/mc/full.mc \
	tests/runtime/mc/smart.mc tests/runtime/mc/relayopts.mc tests/runtime/mc/delay.mc tests/runtime/mc/masq.mc tests/runtime/mc/hub.mc tests/runtime/mc/open.mc tests/runtime/mc/dnsbl.mc tests/runtime/mc/local.mc \
	tests/runtime/mc/features.mc tests/runtime/mc/featdelay.mc tests/runtime/mc/lrules.mc
check_PROGRAMS += tests/runtime/gen_policy
tests_runtime_gen_policy_SOURCES = tests/runtime/gen_policy.c
check_PROGRAMS += tests/runtime/test_rulecode
tests_runtime_test_rulecode_LDADD = compiler/libpipeline.a compiler/libcompiler.a \
	runtime/libruntime.a compiler/libpipeline.a compiler/libcompiler.a \
	compiler/libm4.a maps/libmaps.a lib/libutil.a $(LMDB_LIBS) $(SSL_LIBS)
MAILCF_TESTS += tests/runtime/test_rulecode
MAILCF_TESTS += tests/runtime/localrules.sh
MAILCF_TESTS += tests/runtime/stockcalls.sh tests/runtime/fuzzcases.sh
EXTRA_DIST += tests/runtime/fuzzcases.sh tests/runtime/fuzzcases/virtuser-nomap.cft
EXTRA_DIST += tests/runtime/stockcalls.sh tests/runtime/stockcalls/stockcalls.mc \
	tests/runtime/stockcalls/hosts tests/runtime/stockcalls/mailertable \
	tests/runtime/stockcalls/access tests/runtime/stockcalls/addresses.txt \
	tests/runtime/stockcalls/checks.txt
EXTRA_DIST += tests/runtime/localrules.sh tests/runtime/localrules/localrules.mc \
	tests/runtime/localrules/hosts tests/runtime/localrules/access \
	tests/runtime/localrules/domaintable tests/runtime/localrules/friends \
	tests/runtime/localrules/local-host-names \
	tests/runtime/localrules/addresses.txt tests/runtime/localrules/rewrites.txt \
	tests/runtime/localrules/checks.txt
MAILCF_TESTS += tests/runtime/features.sh tests/runtime/features_dns.sh
EXTRA_DIST += tests/runtime/features.sh tests/runtime/features_dns.sh \
	tests/runtime/features/rdns.mc tests/runtime/features/delay.mc \
	tests/runtime/features/mx.mc tests/runtime/features/access \
	tests/runtime/features/hosts tests/runtime/features/dns \
	tests/runtime/features/local-host-names tests/runtime/features/checks.txt \
	tests/runtime/features/mx.txt
MAILCF_TESTS += tests/runtime/manpage.sh tests/runtime/errors.sh tests/runtime/dnsbl.sh tests/runtime/lmdb.sh
EXTRA_DIST += tests/runtime/manpage.sh tests/runtime/errors.sh tests/runtime/dnsbl.sh tests/runtime/lmdb.sh
dist_man_MANS += docs/mailcf-test.8
EXTRA_DIST += bench/policy.sh
EXTRA_DIST += fuzz/fuzz_policy.c fuzz/policy.srcs fuzz/corpus/policy
MAILCF_TESTS += tests/runtime/localdnsbl.sh
EXTRA_DIST += tests/runtime/localdnsbl.sh tests/runtime/localdnsbl/localdnsbl.mc \
	tests/runtime/localdnsbl/hosts tests/runtime/localdnsbl/access \
	tests/runtime/localdnsbl/local-host-names tests/runtime/localdnsbl/checks.txt
