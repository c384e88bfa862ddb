ifelse(`a', `a', `ifelse(`b', `c', `bc', `notbc')', `no')
