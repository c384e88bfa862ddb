divert(-1)
dnl #
dnl # feature/masquerade_envelope.m4 -- the envelope sender is masqueraded too.
dnl #
define(`_MASQUERADE_ENVELOPE_', `1')
dnl # no argument is used
_mc_argsunused
