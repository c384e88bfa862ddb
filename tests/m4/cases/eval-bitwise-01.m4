eval(12 & 10) eval(12 | 10) eval(12 ^ 10) eval(~12 & 15)
