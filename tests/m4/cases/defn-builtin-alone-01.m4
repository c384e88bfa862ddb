[defn(`len')]
