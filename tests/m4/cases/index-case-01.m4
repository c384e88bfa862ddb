index(`Hello', `h') index(`Hello', `H')
