define(`sh', defn(`syscmd'))sh(`touch created')
