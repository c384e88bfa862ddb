`a `b' c'
