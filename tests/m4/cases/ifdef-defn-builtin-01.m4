define(`e', defn(`eval'))ifdef(`e', `e defined: e(2+2)')
