define(`f', `($1)')define(`g', `f($1)f($1)')g(x)
