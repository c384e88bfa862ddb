define(`x', defn(`len', `divnum'))x(abc)
