# compiler/local.mk -- the mailcf front end (other compiler parts: m4.mk, cf.mk)
bin_PROGRAMS += mailcf
mailcf_SOURCES = compiler/main.c compiler/commands.h compiler/m4cli.c
mailcf_LDADD = $(MAILCF_LIBS) lib/libutil.a $(LMDB_LIBS)
mailcf_LDFLAGS = $(NOPIE_LDFLAGS)
