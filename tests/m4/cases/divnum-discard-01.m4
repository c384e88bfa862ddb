divert(-1)define(`d', divnum)divert(0)d
