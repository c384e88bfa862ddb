divert(-1)
dnl #
dnl # mailer/pop.m4 -- user@POP to a POP mailbox program.  POP_MAILER_PATH
dnl # /usr/lib/mh/spop, POP_MAILER_ARGS "pop $u", POP_MAILER_FLAGS Penu (added to
dnl # lsDFMq), POP_MAILER_QGRP.
dnl #
ifdef(`_MAILER_local_', `', `_mc_warning(`MAILER(pop) should come after MAILER(local)')')
_DEFIFNOT(`POP_MAILER_PATH', `/usr/lib/mh/spop')
_DEFIFNOT(`POP_MAILER_FLAGS', `Penu')
_DEFIFNOT(`POP_MAILER_ARGS', `pop $u')
_mc_bdivert(_mc_MAILERS)dnl
Mpop,		P=POP_MAILER_PATH, F=_mc_flags(`lsDFMq'defn(`POP_MAILER_FLAGS'), `POP'), S=EnvFromL, R=EnvToL/HdrToL,
		T=DNS/RFC822/X-Unix,_mc_qgrp(`POP_MAILER_QGRP')
		A=POP_MAILER_ARGS
_mc_bdivert(-1)
_mc_declon
CPPOP
_mc_decloff
