eval(`7 % 0')
