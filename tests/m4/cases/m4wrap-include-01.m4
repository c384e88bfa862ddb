m4wrap(`include(`inc/plain.m4')')main
