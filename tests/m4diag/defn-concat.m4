defn(`define', `undefine')
