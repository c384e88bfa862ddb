define(`a', `A')a#a a
