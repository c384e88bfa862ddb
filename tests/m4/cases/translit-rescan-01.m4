define(`B', `bee')translit(`a', `a', `B')
