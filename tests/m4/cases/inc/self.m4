define(`depth', incr(depth))ifelse(depth, 5, `', `include(`inc/self.m4')')depth
