define(`open', `g(')define(`g', `<$1>')open`'x)
