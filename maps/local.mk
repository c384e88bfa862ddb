# maps/local.mk -- build fragment (see docs/HACKING.md); paths are relative to the top
# The map toolchain: one LMDB wrapper (lmdbmap.c, the only code calling
# mdb_*), the source parsers, and makemap, newaliases, praliases.
noinst_LIBRARIES += maps/libmaps.a
maps_libmaps_a_SOURCES = maps/lmdbmap.c maps/lmdbmap.h \
	maps/mapsrc.c maps/mapsrc.h maps/aliases.c maps/aliases.h \
	maps/maputil.c maps/maputil.h maps/progress.c maps/progress.h \
	maps/newaliases.c maps/tools.h
MAILCF_LIBS += maps/libmaps.a $(SSL_LIBS)
MAPS_LDADD = maps/libmaps.a lib/libutil.a $(LMDB_LIBS) $(SSL_LIBS)

bin_PROGRAMS += makemap newaliases praliases
makemap_SOURCES = maps/makemap.c
makemap_LDADD = $(MAPS_LDADD)
newaliases_SOURCES = maps/newaliases_main.c
newaliases_LDADD = $(MAPS_LDADD)
praliases_SOURCES = maps/praliases.c
praliases_LDADD = $(MAPS_LDADD)

dist_man_MANS += docs/makemap.8 docs/newaliases.8 docs/praliases.8

check_PROGRAMS += tests/maps/test_lmdbmap tests/maps/test_mapsrc
tests_maps_test_lmdbmap_SOURCES = tests/maps/test_lmdbmap.c
tests_maps_test_lmdbmap_LDADD = $(MAPS_LDADD)
tests_maps_test_mapsrc_SOURCES = tests/maps/test_mapsrc.c
tests_maps_test_mapsrc_LDADD = $(MAPS_LDADD)
MAILCF_TESTS += tests/maps/test_lmdbmap tests/maps/test_mapsrc \
	tests/maps/makemap.sh tests/maps/makemap-oracle.sh \
	tests/maps/atomic.sh tests/maps/newaliases.sh \
	tests/maps/aliases-oracle.sh
EXTRA_DIST += tests/maps/makemap.sh tests/maps/makemap-oracle.sh \
	tests/maps/atomic.sh tests/maps/newaliases.sh \
	tests/maps/aliases-oracle.sh tests/maps/gen.pl tests/maps/oracle-bi.sh \
	bench/makemap.sh bench/newaliases.sh bench/lookup.sh \
	fuzz/fuzz_mapsrc.c fuzz/fuzz_aliases.c fuzz/mapsrc.srcs fuzz/aliases.srcs
