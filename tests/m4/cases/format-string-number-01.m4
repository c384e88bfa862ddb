format(`%s|%d|%x', 12, `12', `0x1f')
