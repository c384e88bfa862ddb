eval(-5) eval(- 5) eval(-(-5)) eval(3 - -2) eval(- -1)
