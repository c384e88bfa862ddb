divert(-1)
dnl #
dnl # hack/spamtrap.m4 -- a To: header check (ruleset CheckTo) for spam traps
dnl # (Debian).
dnl #
_mc_declon
Kmacro macro
HTo: $>CheckTo
_mc_decloff
