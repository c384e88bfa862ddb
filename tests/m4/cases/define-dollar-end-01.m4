define(`x', `cost $')x
