m4exit(`300')
