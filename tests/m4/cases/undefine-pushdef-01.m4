pushdef(`x', 1)pushdef(`x', 2)undefine(`x')x
