define(`f', `$1$2$1$2')f(a, b) define(`g', `$11')g(x)
