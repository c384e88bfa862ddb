a ' b '' c
