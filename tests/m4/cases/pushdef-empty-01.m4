pushdef(`x')ifdef(`x', `defined', `undefined')
