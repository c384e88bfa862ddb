indir indir()
