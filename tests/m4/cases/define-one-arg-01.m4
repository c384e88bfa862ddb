define(`x')ifdef(`x', `yes', `no')
