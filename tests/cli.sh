#!/bin/sh
# cli.sh -- mailcf's command line: --help, --version, unknown commands.
. "$top_srcdir/tests/lib.sh"

out=$("$MAILCF" --help); rc=$?
check_eq "$rc" 0 "mailcf --help exits 0"
case $out in *"usage: mailcf COMMAND"*) ok "--help prints the usage";; *) not_ok "--help prints the usage";; esac
case $out in *" m4 "*) ok "--help lists the m4 command";; *) not_ok "--help lists the m4 command";; esac

out=$("$MAILCF" --version); rc=$?
check_eq "$rc" 0 "mailcf --version exits 0"
case $out in "mailcf "[0-9]*) ok "--version prints the version";; *) not_ok "--version prints the version: $out";; esac

err=$("$MAILCF" frobnicate 2>&1 >/dev/null); rc=$?
check_eq "$rc" 64 "an unknown command exits EX_USAGE"
case $err in *"unknown command 'frobnicate'"*) ok "and names it";; *) not_ok "and names it: $err";; esac

"$MAILCF" >/dev/null 2>&1; rc=$?
check_eq "$rc" 64 "no command exits EX_USAGE"
finish
