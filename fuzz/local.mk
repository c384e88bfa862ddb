# fuzz/local.mk -- build fragment (see docs/HACKING.md); paths are relative to the top
EXTRA_DIST += fuzz/fuzz_cftable.c fuzz/cftable.srcs fuzz/corpus/cftable
EXTRA_DIST += fuzz/fuzz_rulecode.c fuzz/rulecode.srcs fuzz/corpus/rulecode
