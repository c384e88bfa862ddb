define(`f', `$1 and $2')defn(`f')
