define(`depth', 0)include(`inc/self.m4')
