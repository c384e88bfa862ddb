a`'b
