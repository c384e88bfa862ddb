include(`')after
