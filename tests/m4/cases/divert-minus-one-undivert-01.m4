divert(-1)gone
undivert(-1)divert(0)done
