divert(-1)
dnl #
dnl # feature/ldap_routing.m4 -- route recipients of LDAPROUTE_DOMAIN domains by
dnl # their mailHost/mailRoutingAddress LDAP attributes.
dnl # 	arg1, arg2	map specs of the mailHost and mailRoutingAddress maps
dnl # 	arg3	passthru, sendertoo or anything else (bounce unknown)
dnl # 	arg4	strip or preserve +detail;  arg5 non-empty: no @domain lookup
dnl # 	arg6	tempfail or queue (LDAP temporary failures)
dnl #
ifelse(_mc_empty(_ARG1_), `1', `define(`_LDAP_ROUTING_WARN_', `yes')')
ifelse(_mc_empty(_ARG2_), `1', `define(`_LDAP_ROUTING_WARN_', `yes')')
ifdef(`_LDAP_ROUTING_WARN_', `define(`_mc_ldaprouting_loc', defn(`_mc_loc'))')
ifelse(_mc_empty(_ARG5_), `1', `', `define(`_LDAP_ROUTE_NODOMAIN_', `yes')')
ifelse(_mc_empty(_ARG3_), `1', `define(`_LDAP_ROUTING_', `_PASS_THROUGH_')',
	_ARG3_, `passthru', `define(`_LDAP_ROUTING_', `_PASS_THROUGH_')',
	_ARG3_, `sendertoo', `define(`_LDAP_ROUTING_', `_MUST_EXIST_')define(`_LDAP_SENDER_MUST_EXIST_')',
	`define(`_LDAP_ROUTING_', `_MUST_EXIST_')')
ifelse(_mc_empty(_ARG4_), `1', `', _ARG4_, `strip', `define(`_LDAP_ROUTE_DETAIL_', `_STRIP_')',
	_ARG4_, `preserve', `define(`_LDAP_ROUTE_DETAIL_', `_PRESERVE_')')
ifelse(_mc_empty(_ARG6_), `1', `define(`_LDAP_ROUTE_MAPTEMP_', `_QUEUE_')',
	_ARG6_, `tempfail', `define(`_LDAP_ROUTE_MAPTEMP_', `_TEMPFAIL_')',
	_ARG6_, `queue', `define(`_LDAP_ROUTE_MAPTEMP_', `_QUEUE_')')
define(`_NEED_SMTPOPMODES_', `1')
_mc_declon
Kldapmh ifelse(_mc_empty(_ARG1_), `1', ``ldap -1 -T<TMPF> -v mailHost -k (&(objectClass=inetLocalMailRecipient)(mailLocalAddress=%0))'', `_ARG1_')
Kldapmra ifelse(_mc_empty(_ARG2_), `1', ``ldap -1 -T<TMPF> -v mailRoutingAddress -k (&(objectClass=inetLocalMailRecipient)(mailLocalAddress=%0))'', `_ARG2_')
_mc_decloff
