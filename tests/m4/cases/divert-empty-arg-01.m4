divert(2)two
divert()zero
