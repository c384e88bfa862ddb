define(`x', `X')`x `x' ``x''' x
