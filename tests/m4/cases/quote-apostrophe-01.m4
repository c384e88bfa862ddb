define(`x', `it's')x
