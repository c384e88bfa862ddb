text # comment x
x
