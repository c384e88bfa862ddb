m4exit(`3')
not reached
