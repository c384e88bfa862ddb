define(`n', `$#')indir(`n') indir(`n', a, b)
