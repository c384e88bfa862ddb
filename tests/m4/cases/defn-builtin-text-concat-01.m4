define(`y', `text')define(`x', defn(`y', `len'))[x]
