divert(-1)
dnl #
dnl # ostype/osf1.m4 -- Digital UNIX / Tru64 (OSF/1).
dnl #
_DEFIFNOT(`STATUS_FILE', `/usr/adm/sendmail/sendmail.st')
define(`confDEF_USER_ID', `daemon')
define(`confEBINDIR', `/usr/lbin')
