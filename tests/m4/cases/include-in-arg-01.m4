define(`f', `[$1]')f(include(`inc/plain.m4'))
