eval(2 + 3 * 4) eval((2 + 3) * 4) eval(10 - 2 - 3) eval(2 * 3 % 4)
