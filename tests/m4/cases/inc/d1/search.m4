from d1
