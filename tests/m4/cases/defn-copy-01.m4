define(`x', `1')define(`y', defn(`x'))define(`x', `2')y x
