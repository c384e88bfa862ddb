eval(1 << 4) eval(256 >> 2) eval(-16 >> 2) eval(1 << 31) eval(1 << 32)
