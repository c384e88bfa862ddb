eval(`)')
