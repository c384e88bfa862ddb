ifelse(1, 01, `same', `different') ifelse(eval(1), eval(01), `same', `different')
