decr(`')
