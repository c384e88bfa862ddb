before eval(1/0) after eval(1+1)
