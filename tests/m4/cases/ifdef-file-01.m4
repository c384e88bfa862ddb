ifdef(`__file__', `has file', `no file') ifdef(`__unix__', `unix', `other')
