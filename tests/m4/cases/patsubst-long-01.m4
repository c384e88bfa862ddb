patsubst(`the rain in spain stays mainly in the plain', `ain', `AIN')
