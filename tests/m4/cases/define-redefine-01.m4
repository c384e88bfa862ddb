define(`x', `1')x define(`x', `2')x
