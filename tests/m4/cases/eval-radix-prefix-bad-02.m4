eval(0r2:102)
