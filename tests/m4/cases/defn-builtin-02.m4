define(`L', defn(`len'))L(abcd)
