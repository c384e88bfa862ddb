patsubst(`a1b2c3', `[0-9]', `#') patsubst(`a1b2c3', `[^0-9]', `')
