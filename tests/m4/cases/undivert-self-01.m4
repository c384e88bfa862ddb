divert(1)one undivert(1) more
divert(0)
