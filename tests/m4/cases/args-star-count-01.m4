define(`n', `$#')define(`s', `n($*)')s(`a,b,c', d)
