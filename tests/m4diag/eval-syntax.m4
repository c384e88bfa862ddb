eval(`1 +')
