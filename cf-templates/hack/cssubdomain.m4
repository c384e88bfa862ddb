divert(-1)
dnl #
dnl # hack/cssubdomain.m4 -- Berkeley's CS subdomain rewriting (LOCAL_RULE_3
dnl # rules of one site; nothing a model needs).
dnl #
define(`_CSSUBDOMAIN_', `1')
