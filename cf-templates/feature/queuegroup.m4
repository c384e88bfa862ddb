divert(-1)
dnl #
dnl # feature/queuegroup.m4 -- choose queue groups with QGRP: access entries
dnl # (arg1: the default group).  Needs access_db.
dnl #
_mc_needaccess
define(`_QUEUE_GROUP_FEATURE_', `1')
