divert(-1)
dnl #
dnl # feature/domainmap.m4 -- a user map per domain (Debian).
dnl # 	arg1	the domain (class MappedDomain)
dnl # 	arg2	map spec of its user map, named domain_<domain with _ for . ->
dnl #
_mc_declon
ifdef(`_DOMAIN_MAP_', `', `define(`_DOMAIN_MAP_', `1')ifdef(`DOMAINMAP_NO_REGEX', `',
`K domainmap_regex regex -a.:NOTDONE: -s1,2 -d_ (.*)[-\.]([^-\.]*)$
')')dnl
C{MappedDomain} _ARG_
K `domain_'translit(_ARG_, `.-', `__') _ARG2_ -T<TEMP>
_mc_decloff
