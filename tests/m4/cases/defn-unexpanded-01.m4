define(`y', `Y')define(`x', `y y')defn(`x') x
