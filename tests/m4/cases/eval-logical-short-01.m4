eval(0 && 1 / 0) eval(1 || 1 / 0)
