# compiler/m4.mk -- build fragment (see docs/HACKING.md); paths are relative to the top
# The m4 engine (issue 3): compiler/libm4.a, linked into mailcf.
noinst_LIBRARIES += compiler/libm4.a
compiler_libm4_a_SOURCES = compiler/m4.h compiler/m4/m4int.h \
	compiler/m4/engine.c compiler/m4/input.c compiler/m4/expand.c \
	compiler/m4/symtab.c compiler/m4/divert.c compiler/m4/builtins.c \
	compiler/m4/strfn.c compiler/m4/freeze.c compiler/m4/native.c compiler/m4/eval.y
compiler_libm4_a_YFLAGS = -d -Wall -Wno-yacc
MAILCF_LIBS += compiler/libm4.a

dist_man_MANS += docs/mailcf-m4.1

# golden diagnostics (diag.sh) and the library interface (test_engine)
check_PROGRAMS += tests/m4diag/test_engine
tests_m4diag_test_engine_LDADD = compiler/libm4.a lib/libutil.a
MAILCF_TESTS += tests/m4diag/diag.sh tests/m4diag/test_engine
EXTRA_DIST += tests/m4diag fuzz/fuzz_m4.c fuzz/m4.srcs fuzz/corpus/m4
