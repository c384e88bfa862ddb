before m4exit(3) after
