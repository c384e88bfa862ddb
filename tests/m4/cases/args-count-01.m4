define(`n', `$#')n n() n(a) n(a, b) n(,) n(, ,)
