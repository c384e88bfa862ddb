include(`inc/dnleof.m4')next line
