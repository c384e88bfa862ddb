divert(-1)
dnl #
dnl # feature/bcc.m4 -- add a blind copy recipient per recipient domain.
dnl # 	arg1	map: empty (bcctable), access (tag bcc:), or a map spec
dnl # 	arg2	[mailer:]host the copies go to (macro $A)
dnl # 	arg3	fixed address for the copy
dnl # 	arg4	map spec canonicalRcpt to rewrite the added address
dnl #
ifelse(lower(_ARG_), `access', `define(`_BCC_ACCESS_', `1')')
define(`_ADD_BCC_', `1')
ifdef(`_BCC_ACCESS_', `_mc_needaccess')
_mc_declon
ifdef(`_BCC_ACCESS_', `', `Kbcctable _mc_mapspec(`bcctable')
')dnl
O AddBcc=true
ifelse(_mc_empty(_ARG2_), `1', `', `DA`'_ARG2_
')dnl
ifelse(_mc_empty(_ARG4_), `1', `', `define(`_CANONIFY_BCC_', `1')define(`_NEED_SMTPOPMODES_', `1')dnl
KcanonicalRcpt _ARG4_
')dnl
_mc_decloff
