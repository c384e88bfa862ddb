__file__ __line__
