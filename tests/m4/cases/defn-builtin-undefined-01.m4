define(`d', defn(`define'))undefine(`define')d(`x', `X')x define
