eval(1 +)
