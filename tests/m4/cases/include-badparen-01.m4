include(`inc/badparen.m4')after)
