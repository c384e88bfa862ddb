stdin in the middle
