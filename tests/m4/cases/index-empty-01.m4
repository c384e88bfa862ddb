index(`abc', `') index(`', `') index(`', `a')
