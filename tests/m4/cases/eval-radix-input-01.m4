eval(0r36:zz) eval(0r2:1010) eval(0r16:ff)
