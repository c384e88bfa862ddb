define(`f', `indir(`g', $1)')define(`g', `<$1>')f(z)
