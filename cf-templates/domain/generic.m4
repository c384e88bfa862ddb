divert(-1)
dnl #
dnl # domain/generic.m4 -- the site settings most hosts start from: .forward
dnl # files per host and per +detail, a 32k header limit, REDIRECT addresses,
dnl # /etc/mail/local-host-names, and root never masqueraded.
dnl #
define(`confFORWARD_PATH', `$z/.forward.$w+$h:$z/.forward+$h:$z/.forward.$w:$z/.forward')
define(`confMAX_HEADERS_LENGTH', `32768')
FEATURE(`redirect')
FEATURE(`use_cw_file')
EXPOSED_USER(`root')
