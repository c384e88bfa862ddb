format(`abc%')
