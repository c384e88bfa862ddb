from stdin define(`x', `X')x
