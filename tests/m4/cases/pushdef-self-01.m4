pushdef(`x', `outer')pushdef(`x', `inner popdef(`x')x')x
