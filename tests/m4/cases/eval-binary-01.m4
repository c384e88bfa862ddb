eval(0b1111) eval(0B101)
