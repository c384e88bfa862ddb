define(`d', `dnl')a d b
c
