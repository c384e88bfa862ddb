# hello define(`x', `1') world
x
