``double''
