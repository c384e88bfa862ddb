translit(`café', `a-z', `A-Z') len(`éé')
