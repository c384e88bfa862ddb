include(`inc/nonl.m4')+next
