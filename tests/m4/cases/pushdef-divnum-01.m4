pushdef(`SAVE', divnum)divert(2)in two divert(SAVE)popdef(`SAVE')zero
