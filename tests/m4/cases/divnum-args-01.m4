divnum(1)
