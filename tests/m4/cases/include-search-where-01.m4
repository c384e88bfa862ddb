include(`where.m4')
