changecom(`/*', `*/')dnl
text /* a comment
that never ends
