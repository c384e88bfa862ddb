include(`inc/badquote.m4')after
