`# not a comment' x
