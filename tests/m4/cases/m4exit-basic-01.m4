before
m4exit
after
