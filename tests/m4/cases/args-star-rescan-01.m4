define(`f', `g($*)')define(`g', `<$2>')f(`x,y', z)
