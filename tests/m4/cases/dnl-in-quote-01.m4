`dnl stays' x
