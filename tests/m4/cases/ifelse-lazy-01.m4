define(`x', `0')ifelse(`a', `a', `define(`x', `1')', `define(`x', `2')')x
