indir(`nosuch')
