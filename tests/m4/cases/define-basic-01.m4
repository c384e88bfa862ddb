define(`x', `hello')x
