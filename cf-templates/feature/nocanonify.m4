divert(-1)
dnl #
dnl # feature/nocanonify.m4 -- no DNS canonicalisation of host names in addresses
dnl # (arg1 canonify_hosts: still for unqualified names).
dnl #
define(`_NO_CANONIFY_', `1')
ifelse(_mc_empty(defn(`_ARG_')), `1', `',
	strcasecmp(defn(`_ARG_'), `canonify_hosts'), `1', `define(`_CANONIFY_HOSTS_', `1')',
	`_mc_error(`unknown parameter 'defn(`_ARG_')` for FEATURE(nocanonify)')')
