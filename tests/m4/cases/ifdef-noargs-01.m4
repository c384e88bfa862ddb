ifdef ifdef(`x')
