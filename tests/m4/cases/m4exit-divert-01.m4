divert(1)held
divert(0)m4exit(1)
