changequote(`|', `|')|a| |b|
