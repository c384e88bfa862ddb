# compiler/lint.mk -- build fragment (see docs/HACKING.md): mailcf lint,
# migrate, diff and init (issue 7), and their tests.
noinst_LIBRARIES += compiler/liblint.a
compiler_liblint_a_SOURCES = compiler/lint.c compiler/lint.h \
	compiler/lintint.h compiler/lintrules.c compiler/lintmodel.c \
	compiler/lintmaps.c compiler/lintrelay.c compiler/migrate.c \
	compiler/diffcmd.c compiler/init.c compiler/lintstock.c
compiler_liblint_a_CPPFLAGS = $(AM_CPPFLAGS) \
	-DMAILCF_TPLSRC='"$(abs_top_srcdir)/cf-templates"' \
	-DMAILCF_WFSRC='"$(abs_top_srcdir)/examples/workflow"'
mailcf_LDADD += compiler/liblint.a compiler/libcompiler.a \
	runtime/libruntime.a maps/libmaps.a lib/libutil.a $(LMDB_LIBS) \
	$(SSL_LIBS)

# --- tests ---------------------------------------------------------------
MAILCF_TESTS += tests/lint/golden.sh tests/lint/relay-oracle.sh \
	tests/lint/realworld.sh
EXTRA_DIST += tests/lint/golden.sh tests/lint/relay-oracle.sh \
	tests/lint/realworld.sh tests/lint/cases
MAILCF_TESTS += tests/migrate/roundtrip.sh tests/lint/diff.sh \
	tests/migrate/stockrules.sh tests/migrate/inferred.sh
EXTRA_DIST += tests/migrate/roundtrip.sh tests/lint/diff.sh \
	tests/migrate/known-differences tests/migrate/stockrules.sh \
	tests/migrate/stock-reported tests/migrate/show-differences \
	tests/migrate/gen-stock-digests.sh tests/migrate/inferred.sh \
	$(wildcard $(srcdir)/tests/migrate/mc/*.mc)

workflowdir = $(pkgdatadir)/workflow
dist_workflow_DATA = examples/workflow/Makefile examples/workflow/host.mc \
	examples/workflow/submit.mc examples/workflow/access \
	examples/workflow/aliases examples/workflow/virtusertable \
	examples/workflow/mailertable examples/workflow/local-host-names \
	examples/workflow/policy-tests examples/workflow/policy-test.sh
MAILCF_TESTS += tests/workflow/workflow.sh
EXTRA_DIST += tests/workflow/workflow.sh
dist_man_MANS += docs/mailcf-lint.8 docs/mailcf-migrate.8
