define(`include', `not included')include(`inc/plain.m4') builtin(`include', `inc/plain.m4')
