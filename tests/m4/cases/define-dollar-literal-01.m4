define(`x', `$ $$ $a')x
