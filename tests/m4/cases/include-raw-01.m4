include(`inc/raw.txt')
