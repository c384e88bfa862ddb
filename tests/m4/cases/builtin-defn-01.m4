define(`b', defn(`builtin'))b(`len', `abcde')
