define(`weird name', `works')indir(`weird name')
