define(`L', `a')define(`L', defn(`L')`,b')define(`L', defn(`L')`,c')`'defn(`L')
