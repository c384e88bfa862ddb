define(`x', `X')dumpdef(`x', `nosuch')
