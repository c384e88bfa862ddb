define(`f', `[$5]')f(a)
