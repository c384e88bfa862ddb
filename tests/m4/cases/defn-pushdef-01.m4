pushdef(`x', `1')pushdef(`x', `2')defn(`x')popdef(`x')defn(`x')
