changecom(`<!--', `-->')define(`x', `X')<!-- x
x --> x
