define(`dq', `ifelse(`$1', `0', `x', ``'dq(decr($1))`'')')dq(4)
