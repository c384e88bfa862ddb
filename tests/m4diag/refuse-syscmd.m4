dnl nothing is ever run
syscmd(`touch created')
