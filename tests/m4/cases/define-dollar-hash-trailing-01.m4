define(`n', `$#')n(a,) n(a, ) n(,,,)
