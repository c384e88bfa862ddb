define(`z', defn(`len')defn(`len'))z(ab)
