divert(7)divnum`'divert(0)divnum undivert(7)
