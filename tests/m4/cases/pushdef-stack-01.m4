pushdef(`x', `a')pushdef(`x', `b')pushdef(`x', `c')x popdef(`x')x popdef(`x')x popdef(`x')x
