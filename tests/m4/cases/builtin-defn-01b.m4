builtin(`defn', `len')[]
