define(`f', `$1')f(changequote([, ])[x,y])[z]
