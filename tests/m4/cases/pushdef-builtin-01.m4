pushdef(`define', `nope')define(`x', 1)x popdef(`define')define(`x', 2)x
