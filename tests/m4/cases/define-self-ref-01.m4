define(`x', ``x'')x `'x
