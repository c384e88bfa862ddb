builtin(`dnl')gone
kept
