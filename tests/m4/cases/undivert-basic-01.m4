divert(1)one
divert(0)before undivert(1)after
