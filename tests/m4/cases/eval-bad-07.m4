eval(08)
