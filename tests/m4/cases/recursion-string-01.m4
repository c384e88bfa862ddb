define(`stars', `ifelse(len(`$1'), 0, `', `*stars(substr(`$1', 1))')')stars(`abcdefg')
