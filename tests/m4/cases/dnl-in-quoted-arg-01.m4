define(`f', `<$1>')f(`a dnl b
c')
