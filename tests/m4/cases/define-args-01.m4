define(`f', `$1-$2')f(a, b)
