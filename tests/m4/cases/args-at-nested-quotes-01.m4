define(`f', `g($@)')define(`g', `[$1|$2]')f(``x'', `y,z')
