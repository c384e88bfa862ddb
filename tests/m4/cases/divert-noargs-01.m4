divert(1)one
divert zero
