include(`plain.m4')__file__ include(`d1/where.m4')
