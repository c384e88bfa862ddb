include(`inc/comment.m4')ifdef(`x', `x defined', `x undefined')
