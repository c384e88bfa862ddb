include(`inc')after
