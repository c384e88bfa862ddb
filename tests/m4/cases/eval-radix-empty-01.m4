eval(10, `')
