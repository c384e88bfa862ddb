# tests/local.mk -- test runner and whole-program tests
EXTRA_DIST += tests/run-tests tests/lib.sh tests/cli.sh
MAILCF_TESTS += tests/cli.sh
