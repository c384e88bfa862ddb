define(`', `empty')[]
