define(`outer', `inner($@)')define(`inner', `$#')outer(a, b, `c, d')
