eval(+ 3) eval(++3)
