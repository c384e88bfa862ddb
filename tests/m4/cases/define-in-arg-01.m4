define(`f', `$1')f(define(`z', `Z'))z
