define(`rp', `)')define(`f', `[$1]')f(a rp b)
