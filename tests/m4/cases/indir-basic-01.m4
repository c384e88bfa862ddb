define(`f', `[$1]')indir(`f', `arg')
