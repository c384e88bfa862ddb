define(`f', `before'defn(`divnum')`after')f
