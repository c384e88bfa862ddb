define(`sq', `changequote([, ])')sq[a] [b]changequote
