len(`len') len(len) len(`define')
