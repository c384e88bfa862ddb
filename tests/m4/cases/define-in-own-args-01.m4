define(`f', `old')f(define(`f', `new'))f
