# bench/local.mk -- benchmarks: `make bench` or bench/run NAME
noinst_PROGRAMS += bench/tinyload
bench_tinyload_SOURCES = bench/tinyload.c
bench_tinyload_LDADD = lib/libutil.a $(LMDB_LIBS)
EXTRA_DIST += bench/run bench/lmdb-load.sh bench/lib.sh
