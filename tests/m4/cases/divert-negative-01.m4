divert(-5)gone
divert(0)kept
