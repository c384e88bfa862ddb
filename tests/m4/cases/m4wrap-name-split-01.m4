define(`ab', `joined')m4wrap(`a')m4wrap(`b')
