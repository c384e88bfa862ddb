pushdef(`x', `1')pushdef(`x', `2')define(`x', `3')x popdef(`x')x
