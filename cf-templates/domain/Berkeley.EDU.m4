divert(-1)
dnl #
dnl # domain/Berkeley.EDU.m4 -- the Berkeley sample site (BITNET/UUCP relays, a
dnl # sendmail.cw file, sticky hosts).
dnl #
DOMAIN(`berkeley-only')
define(`BITNET_RELAY', `bitnet-relay.Berkeley.EDU')
define(`UUCP_RELAY', `uucp-relay.Berkeley.EDU')
define(`confFORWARD_PATH', `$z/.forward.$w:$z/.forward')
define(`confCW_FILE', `-o /etc/sendmail.cw')
define(`confDONT_INIT_GROUPS', `True')
FEATURE(`redirect')
FEATURE(`use_cw_file')
FEATURE(`stickyhost')
