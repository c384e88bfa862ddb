indir(`builtin', `len', `xy')
