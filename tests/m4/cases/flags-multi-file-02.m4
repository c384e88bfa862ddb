middle
