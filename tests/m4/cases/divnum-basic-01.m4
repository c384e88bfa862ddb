divnum divert(3)divnum divert(0)divnum
