divert(-1)
dnl #
dnl # ostype/unknown.m4 -- the placeholder for a system nobody named.
dnl #
_mc_error(`You have not specified a valid operating system type: use the OSTYPE macro to select one, for the proper pathnames and flags of your system')
