define(`x', `1')ifdef(`x', `yes', `no') ifdef(`y', `yes', `no')
