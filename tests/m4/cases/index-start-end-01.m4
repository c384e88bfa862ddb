index(`abc', `a') index(`abc', `c') index(`abc', `abcd')
