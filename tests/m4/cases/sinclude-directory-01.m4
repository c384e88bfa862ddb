sinclude(`inc')after
