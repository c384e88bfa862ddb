define(`x', `X')changecom()# x
