dnl included by trail-include.m4
incr(`one')
