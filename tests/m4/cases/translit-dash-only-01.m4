translit(`a-b-c', `-')
