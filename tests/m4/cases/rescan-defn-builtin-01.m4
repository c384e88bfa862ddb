define(`d', defn(`define'))d(`e', `E')e d
