define(`a b', `odd')a b indir(`a b')
