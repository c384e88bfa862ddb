m4wrap(`a')m4wrap(`b')
