define(`F', `ifelse')F(`a', `a', `yes')
