eval(0x10) eval(0X1f) eval(010) eval(0b101) eval(0r3:12)
