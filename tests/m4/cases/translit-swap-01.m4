translit(`ab', `ab', `ba')
