define(`x', `y')define(`y', `z')define(x, `new')y z
