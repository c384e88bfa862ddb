divert(-1)
dnl #
dnl # domain/debian-mta.m4 -- the MTA half of Debian's sendmail (with
dnl # OSTYPE(debian)): run files under /var/run/sendmail/mta, Debian's
dnl # timeouts, file modes and file-safety relaxations.
dnl #
define(`DEBIAN_MTA')
define(`STATUS_FILE', `/var/lib/sendmail/sendmail.st')
define(`confHOST_STATUS_DIRECTORY', `/var/lib/sendmail/host_status')
define(`confPID_FILE', `/var/run/sendmail/mta/sendmail.pid')
define(`confCONTROL_SOCKET_NAME', `/var/run/sendmail/mta/smcontrol')
define(`confPROCESS_TITLE_PREFIX', `MTA')
define(`confMAX_DAEMON_CHILDREN', `0')
define(`confRRT_IMPLIES_DSN', `False')
define(`confSAFE_FILE_ENV', `/')
define(`confSAFE_QUEUE', `True')
define(`confTO_ICONNECT', `2m')
define(`confTO_MAIL', `2m')
define(`confTO_DATAINIT', `2m')
define(`confTO_RSET', `1m')
define(`confTO_QUIT', `2m')
define(`confTO_COMMAND', `5m')
define(`confTO_IDENT', `5s')
define(`confMAX_HOP', `100')
dnl # Debian appends to whatever is set already (so the value starts with a
dnl # comma when nothing was)
define(`confDONT_BLAME_SENDMAIL', defn(`confDONT_BLAME_SENDMAIL')`,AssumeSafeChown,ForwardFileInGroupWritableDirPath,GroupWritableForwardFileSafe,GroupWritableIncludeFileSafe,IncludeFileInGroupWritableDirPath,DontWarnForwardFileInUnsafeDirPath,TrustStickyBit,NonRootSafeAddr,GroupWritableIncludeFile,GroupReadableDefaultAuthInfoFile')
define(`confQUEUE_FILE_MODE', `0640')
define(`confTEMP_FILE_MODE', `0640')
dnl # Debian's file builds this value with a leading blank; kept, so that
dnl # the option line is the one Debian's cf has
define(`confPRIVACY_FLAGS', ` restrictqrun,restrictexpand')
_DEFIFNOT(`confTRUSTED_USER', `smmta')
define(`confMAX_RUNNERS_PER_QUEUE', `5')
