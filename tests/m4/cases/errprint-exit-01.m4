errprint(`bye
')m4exit(4)
