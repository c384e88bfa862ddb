define(`d', `dnl')d this goes
kept
