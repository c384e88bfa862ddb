defn defn()
