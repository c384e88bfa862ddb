m4exit(`')
