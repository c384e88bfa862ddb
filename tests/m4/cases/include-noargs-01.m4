include include()
