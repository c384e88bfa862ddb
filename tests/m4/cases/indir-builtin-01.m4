indir(`len', `abcd') indir(`define', `x', `X')x
