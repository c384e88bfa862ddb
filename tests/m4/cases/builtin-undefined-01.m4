undefine(`eval')eval(1+1) builtin(`eval', `1+1')
