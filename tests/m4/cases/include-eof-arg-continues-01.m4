define(`f', `[$1]')f(include(`inc/nonl.m4'), b)
