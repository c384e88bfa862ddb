divert(1)one
divert(2)two
divert(3)three
divert(0)undivert(3, 1)end
