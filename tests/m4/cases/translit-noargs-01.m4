translit translit(`abc')
