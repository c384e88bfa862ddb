patsubst patsubst(`abc')
