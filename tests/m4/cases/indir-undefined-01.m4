indir(`nosuch', `a')after
