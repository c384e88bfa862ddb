divert(-1)
dnl #
dnl # domain/berkeley-only.m4 -- guard of the Berkeley sample domains: using
dnl # them elsewhere is an error.
dnl #
_mc_error(`You are trying to use the Berkeley sample configuration files outside of the Computer Science Division at Berkeley; customize the DOMAIN of your .mc')
