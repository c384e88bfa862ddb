define(`x', `1')pushdef(`x', `2')x popdef(`x')x
