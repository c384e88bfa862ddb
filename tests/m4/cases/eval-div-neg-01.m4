eval(-7 / 2) eval(7 / -2) eval(-7 % 2) eval(7 % -2)
