decr(1) decr(0) decr(-5) decr(100)
