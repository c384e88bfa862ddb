undivert(`inc/raw.txt')after
