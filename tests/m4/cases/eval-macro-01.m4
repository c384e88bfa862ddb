define(`N', `5')eval(N * N) eval(len(`abc') + 1)
