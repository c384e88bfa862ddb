patsubst(`a.b.c', `\.', `\\')
