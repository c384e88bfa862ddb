define(`x', ``a `b' c
