regexp(`abc123', `[0-9]+') regexp(`abc123', `[[:digit:]]') regexp(`ABC', `[[:lower:]]')
