len len(`x', `y')
