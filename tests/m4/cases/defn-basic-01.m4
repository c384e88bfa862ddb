define(`x', `hello')defn(`x')
