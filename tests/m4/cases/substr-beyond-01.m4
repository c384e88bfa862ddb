[substr(`abc', 5)] [substr(`abc', 3)] [substr(`abc', 1, 10)]
