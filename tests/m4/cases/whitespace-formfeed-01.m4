define(`f', `[$1]')f(	 a) f(
a)
