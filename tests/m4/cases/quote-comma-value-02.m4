define(`inner', `[$1]')define(`outer', `inner($1)')outer(`a,b') outer(``a,b'')
