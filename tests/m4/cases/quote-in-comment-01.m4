# a `quote in a comment
still text
