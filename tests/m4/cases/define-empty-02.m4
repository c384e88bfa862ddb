define(`x', `')[x]
