define(`INCDEF', `from include')dnl
file is __file__ line __line__
