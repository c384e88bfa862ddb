dnl the command is named through indir
indir(`syscmd', `touch created')
