substr(`ab
cd', 1, 3)
