include(`inc/nested.m4')end
