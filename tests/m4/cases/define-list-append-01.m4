define(`ADD', `ifdef(`LIST', `define(`LIST', defn(`LIST')`, $1')', `define(`LIST', `$1')')')ADD(a)ADD(b)ADD(`c d')LIST
