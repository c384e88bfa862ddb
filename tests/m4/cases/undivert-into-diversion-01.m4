divert(1)one
divert(2)undivert(1)two
divert(0)undivert(2)
