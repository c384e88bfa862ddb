divert(1)diverted in include
divert(0)main in include
