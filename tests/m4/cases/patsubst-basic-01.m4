patsubst(`hello world', `o', `0')
