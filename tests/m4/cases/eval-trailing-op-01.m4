eval(5 *)
