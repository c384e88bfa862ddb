define(`open', `f(')define(`f', `[$1]')open
