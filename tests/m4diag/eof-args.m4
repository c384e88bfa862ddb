define(`pair', `($1, $2)')dnl
pair(`a',
  `b'
