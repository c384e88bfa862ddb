divert(1)diverted
divert(0)main
m4exit(0)
