divert(-1)
dnl #
dnl # domain/S2K.Berkeley.EDU.m4 -- Berkeley Sequoia 2000: CS, masqueraded as
dnl # postgres.Berkeley.EDU.
dnl #
DOMAIN(`CS.Berkeley.EDU')
MASQUERADE_AS(`postgres.Berkeley.EDU')
