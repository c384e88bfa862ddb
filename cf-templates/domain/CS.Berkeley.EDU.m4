divert(-1)
dnl #
dnl # domain/CS.Berkeley.EDU.m4 -- Berkeley CS: Berkeley.EDU plus its subdomain
dnl # hack and user database.
dnl #
DOMAIN(`Berkeley.EDU')
HACK(`cssubdomain')
define(`confUSERDB_SPEC', `/usr/sww/share/lib/users.cs.db,/usr/sww/share/lib/users.eecs.db')
