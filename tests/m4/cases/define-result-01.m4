[define(`x', `1')]
