__line__(1)
