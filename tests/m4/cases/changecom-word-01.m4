define(`x', `X')changecom(`rem')rem x
x
