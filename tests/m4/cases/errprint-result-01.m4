[errprint(`x
')]
