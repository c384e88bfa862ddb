incr(`12abc')
