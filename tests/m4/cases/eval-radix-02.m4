eval(35, 36) eval(36, 36) eval(100, 3) eval(-255, 16)
