define(`f', `$x $- $$1 $')f(A)
