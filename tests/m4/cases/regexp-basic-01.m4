regexp(`hello world', `o w') regexp(`hello', `z')
