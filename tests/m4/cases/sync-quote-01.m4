`quoted
over lines'
after
