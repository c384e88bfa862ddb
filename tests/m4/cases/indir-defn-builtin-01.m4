define(`mylen', defn(`len'))indir(`mylen', `abcd')
