divert(-1)
dnl #
dnl # domain/EECS.Berkeley.EDU.m4 -- Berkeley EECS: masqueraded as EECS.Berkeley.EDU.
dnl #
DOMAIN(`Berkeley.EDU')
MASQUERADE_AS(`EECS.Berkeley.EDU')
