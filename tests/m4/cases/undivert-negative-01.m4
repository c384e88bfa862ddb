divert(1)one
divert(0)undivert(-1)end
