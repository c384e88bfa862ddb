define(`f', `<$1>')f(divert(1)x`'divert(0))y
