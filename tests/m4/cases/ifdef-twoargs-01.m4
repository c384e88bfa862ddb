ifdef(`nosuch', `yes')[]
