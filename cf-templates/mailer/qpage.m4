divert(-1)
dnl #
dnl # mailer/qpage.m4 -- pager messages through QuickPage.  QPAGE_MAILER_PATH
dnl # /usr/local/bin/qpage, QPAGE_MAILER_FLAGS mDFMs, QPAGE_MAILER_ARGS
dnl # "qpage -l0 -m -P$u", QPAGE_MAILER_MAX 4096, QPAGE_MAILER_QGRP.
dnl #
_DEFIFNOT(`QPAGE_MAILER_PATH', `/usr/local/bin/qpage')
_DEFIFNOT(`QPAGE_MAILER_FLAGS', `mDFMs')
_DEFIFNOT(`QPAGE_MAILER_ARGS', `qpage -l0 -m -P$u')
_DEFIFNOT(`QPAGE_MAILER_MAX', `4096')
_mc_bdivert(_mc_MAILERS)dnl
Mqpage, P=QPAGE_MAILER_PATH, F=_mc_flags(defn(`QPAGE_MAILER_FLAGS'), `QPAGE'),
	M=QPAGE_MAILER_MAX,  T=DNS/RFC822/X-Unix,_mc_qgrp(`QPAGE_MAILER_QGRP')
	A=QPAGE_MAILER_ARGS
_mc_bdivert(-1)
