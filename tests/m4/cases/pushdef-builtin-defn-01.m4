pushdef(`L', defn(`len'))pushdef(`L', `user')L(ab) popdef(`L')L(ab) popdef(`L')L(ab)
