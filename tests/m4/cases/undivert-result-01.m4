divert(1)x`'divert(0)[undivert(1)]
