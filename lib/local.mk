# lib/local.mk -- mail-agnostic helpers (includes nothing else of ours)
noinst_LIBRARIES += lib/libutil.a
lib_libutil_a_SOURCES = \
	lib/diag.c lib/diag.h \
	lib/xalloc.c lib/xalloc.h \
	lib/strbuf.c lib/strbuf.h \
	lib/atomicfile.c lib/atomicfile.h \
	lib/cftable.c lib/cftable.h \
	lib/errbuf.c lib/errbuf.h

check_PROGRAMS += tests/lib/test_strbuf tests/lib/test_diag tests/lib/test_atomicfile tests/lib/test_cftable
tests_lib_test_cftable_LDADD = lib/libutil.a
tests_lib_test_strbuf_LDADD = lib/libutil.a
tests_lib_test_diag_LDADD = lib/libutil.a
tests_lib_test_atomicfile_LDADD = lib/libutil.a
MAILCF_TESTS += tests/lib/test_strbuf tests/lib/test_diag tests/lib/test_atomicfile tests/lib/test_cftable
EXTRA_DIST += tests/tap.h
