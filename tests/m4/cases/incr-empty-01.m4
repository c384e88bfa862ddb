incr() decr()
