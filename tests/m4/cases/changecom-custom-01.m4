changecom(`/*', `*/')define(`x', `X')/* x */ x
