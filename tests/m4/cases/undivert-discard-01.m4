divert(1)one
divert(-1)undivert(1)
divert(0)end undivert(1)
