define(`hanoi', `ifelse($1, 0, , `hanoi(decr($1), $2, $4, $3)$2>$3 hanoi(decr($1), $4, $3, $2)')')hanoi(3, a, c, b)
