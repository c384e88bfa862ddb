define(`run', `syscmd(`touch created')')
run dnl @refused: the call is here
