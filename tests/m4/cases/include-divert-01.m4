include(`inc/divert.m4')end of main
