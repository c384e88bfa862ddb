define(`x', `y')`# x' x
