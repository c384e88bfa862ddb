errprint(`first
')errprint(`second
')out
