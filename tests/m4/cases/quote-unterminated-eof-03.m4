define(`x', `y
