eval(0r37:1)
