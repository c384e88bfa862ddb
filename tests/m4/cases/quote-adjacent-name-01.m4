define(`x', `1')x`'x `x'x
