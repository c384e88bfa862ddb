incr decr
