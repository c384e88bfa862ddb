define(`upper', `translit(`$1', `a-z', `A-Z')')define(`each', `ifelse(`$1', `', `', `upper(`$1') each(shift($@))')')each(`ab', `cd')
