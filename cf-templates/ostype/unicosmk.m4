divert(-1)
dnl #
dnl # ostype/unicosmk.m4 -- Cray UNICOS/mk.
dnl #
define(`ALIAS_FILE', `/usr/lib/aliases')
define(`HELP_FILE', `/usr/lib/sendmail.hf')
define(`QUEUE_DIR', `/usr/spool/mqueue')
define(`STATUS_FILE', `/usr/lib/sendmail.st')
dnl # the name has a trailing blank in sendmail's file, so this one changes
dnl # nothing there; kept, for the same mailer flags
MODIFY_MAILER_FLAGS(`LOCAL ', `+aSPpmnxXu')
MODIFY_MAILER_FLAGS(`SMTP', `+anpeLC')
define(`LOCAL_SHELL_FLAGS', `lsDFMpxehuo')
define(`confPID_FILE', `/etc/sendmail.pid')
