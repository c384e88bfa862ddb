define(`a', `A')define(`b', `B')defn(`a', `b')
