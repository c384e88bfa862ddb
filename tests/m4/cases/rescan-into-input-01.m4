define(`f', `g')define(`g', `[$1]')f(x)
