include(`inc/plain.m4')syscmd(`touch created')
