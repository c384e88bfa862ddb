incr( 5) incr(5 )
