from d2
