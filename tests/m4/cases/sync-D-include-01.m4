X
include(`where.m4')X
