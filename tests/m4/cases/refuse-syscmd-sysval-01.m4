syscmd(`touch created')sysval
