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
