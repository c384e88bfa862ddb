errprint(`hello on stderr
')ok
