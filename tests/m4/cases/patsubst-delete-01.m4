patsubst(`hello world', `o')
