[defn(`nosuch')]
