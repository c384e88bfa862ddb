# compiler/cf.mk -- build fragment (see docs/HACKING.md); paths are relative to the top
# The cf line-language parser (flex + bison) and the config model.
# configure.ac sets LEX without AC_PROG_LEX, so name the output here
LEX_OUTPUT_ROOT = lex.yy
noinst_LIBRARIES += compiler/libcompiler.a
compiler_libcompiler_a_SOURCES = \
	compiler/cf_lexer.l compiler/cf_parser.y compiler/cf.h \
	compiler/cfparse.c compiler/model.c compiler/model.h \
	compiler/options.c compiler/show.c
BUILT_SOURCES += compiler/cf_parser.h
MAILCF_LIBS += compiler/libcompiler.a

EXTRA_DIST += fuzz/fuzz_cf.c fuzz/cf.srcs

# --- tests ---------------------------------------------------------------
check_PROGRAMS += tests/cf/test_model
tests_cf_test_model_LDADD = compiler/libcompiler.a lib/libutil.a
MAILCF_TESTS += tests/cf/test_model tests/cf/errors.sh tests/cf/crashes.sh \
	tests/cf/show-corpus.sh tests/cf/show-oracle.sh tests/cf/show-cfkit.sh \
	tests/cf/rules-oracle.sh tests/cf/ir.sh tests/cf/macros-oracle.sh \
	tests/cf/featargs.sh \
	tests/cf/ir-templates.sh
EXTRA_DIST += tests/cf/errors.sh tests/cf/crashes.sh tests/cf/show-corpus.sh \
	tests/cf/show-oracle.sh tests/cf/show-cfkit.sh tests/cf/rules-oracle.sh \
	tests/cf/ir.sh tests/cf/macros-oracle.sh tests/cf/ir-templates.sh \
	tests/cf/featargs.sh \
	tests/cf/decls.awk \
	$(wildcard $(srcdir)/tests/cf/mc/*.mc) \
	$(wildcard $(srcdir)/tests/cf/err/*.cf) \
	$(wildcard $(srcdir)/tests/cf/err/*.err) \
	$(wildcard $(srcdir)/tests/cf/crashes/*.cf) \
	$(wildcard $(srcdir)/fuzz/corpus/cf/*)
