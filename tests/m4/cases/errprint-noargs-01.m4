errprint errprint()x
