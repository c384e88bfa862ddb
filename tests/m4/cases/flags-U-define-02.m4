define(`x', `y')x
