format(`%f %g', `1e3', `abc')
