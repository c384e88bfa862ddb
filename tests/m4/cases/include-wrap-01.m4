include(`inc/wrap.m4')main end
