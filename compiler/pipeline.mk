# compiler/pipeline.mk -- build fragment (see docs/HACKING.md): the compile
# pipeline end to end.  `mailcf build` (.mc -> m4 engine -> IR -> model ->
# table), `mailcf show FILE.cft|FILE.mc`, the model <-> table serializer,
# and the runtime's loader of tables (runtime/modelload.c).
noinst_LIBRARIES += compiler/libpipeline.a
compiler_libpipeline_a_SOURCES = \
	compiler/build.c compiler/cftio.c compiler/cftio.h \
	compiler/showtable.c compiler/tplnative.c compiler/tplnative.h \
	runtime/modelload.c runtime/modelload.h
# where the templates are when mailcf runs from its build tree
compiler_libpipeline_a_CPPFLAGS = $(AM_CPPFLAGS) \
	-DMAILCF_TPL_SRCDIR='"$(abs_top_srcdir)/cf-templates"' \
	-DMAILCF_BUILDDIR='"$(abs_top_builddir)"'
# the pipeline sits between the libraries: it uses the compiler and the
# runtime, and they call it (show, test -C FILE.cft)
mailcf_LDADD += compiler/libpipeline.a compiler/libcompiler.a \
	runtime/libruntime.a compiler/libpipeline.a compiler/libcompiler.a \
	compiler/libm4.a maps/libmaps.a lib/libutil.a $(LMDB_LIBS) $(SSL_LIBS)

# --- tests ---------------------------------------------------------------
check_PROGRAMS += tests/build/test_cftio
tests_build_test_cftio_LDADD = compiler/libpipeline.a compiler/libcompiler.a \
	runtime/libruntime.a compiler/libpipeline.a compiler/libcompiler.a \
	compiler/libm4.a maps/libmaps.a lib/libutil.a $(LMDB_LIBS) $(SSL_LIBS)
MAILCF_TESTS += tests/build/test_cftio
MAILCF_TESTS += tests/build/roundtrip.sh tests/build/errors.sh \
	tests/build/corpus.sh tests/build/fidelity.sh \
	tests/build/option-errors.sh tests/build/kit-errors.sh
EXTRA_DIST += tests/build/roundtrip.sh tests/build/errors.sh \
	tests/build/corpus.sh tests/build/fidelity.sh \
	tests/build/known-differences tests/build/option-errors.sh \
	tests/build/opterr/values.mc tests/build/opterr/values.err \
	tests/build/kit-errors.sh tests/build/kitline.sh $(wildcard $(srcdir)/tests/build/kiterr/*.mc)

# --- bench ---------------------------------------------------------------
noinst_PROGRAMS += bench/tableload
bench_tableload_SOURCES = bench/tableload.c
bench_tableload_LDADD = compiler/libpipeline.a compiler/libcompiler.a \
	runtime/libruntime.a compiler/libpipeline.a compiler/libcompiler.a \
	compiler/libm4.a maps/libmaps.a lib/libutil.a $(LMDB_LIBS) $(SSL_LIBS)
EXTRA_DIST += bench/build.sh
MAILCF_TESTS += tests/build/manpage.sh
EXTRA_DIST += tests/build/manpage.sh tests/build/gen-mc5.sh
dist_man_MANS += docs/mailcf-mc.5
MAILCF_TESTS += tests/build/example.sh
EXTRA_DIST += tests/build/example.sh
