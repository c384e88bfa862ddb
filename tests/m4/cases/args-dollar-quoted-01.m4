define(`f', `$`'1 `$1' $1')f(arg)
