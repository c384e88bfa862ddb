define(`f', `$2$1')f(`x', `y')
