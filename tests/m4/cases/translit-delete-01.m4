translit(`hello world', `lo')
