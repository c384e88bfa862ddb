define(`x', `a undefine(`x')b x')x
