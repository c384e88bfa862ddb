ifelse(`', `', `both empty')
