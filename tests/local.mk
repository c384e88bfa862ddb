# tests/local.mk -- test runner and whole-program tests
EXTRA_DIST += tests/run-tests tests/lib.sh tests/cli.sh tests/oracle.sh
MAILCF_TESTS += tests/cli.sh tests/oracle.sh
