define(`f', ``$0'')indir(`f')
