only in d2
