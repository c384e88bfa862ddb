continues) here
