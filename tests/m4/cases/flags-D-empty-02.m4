[X] ifdef(`X', `defined')
