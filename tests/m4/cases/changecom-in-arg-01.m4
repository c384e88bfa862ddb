define(`f', `[$1]')changecom(`%')f(a % b, c
d)
