define(`n', `$#')n(`a,b') n((a, b)) n(`')
