define(`x', `# c')defn(`x')
