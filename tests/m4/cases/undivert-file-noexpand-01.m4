define(`INCDEF', `EXPANDED')undivert(`inc/defs.m4')
