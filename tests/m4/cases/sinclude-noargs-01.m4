sinclude sinclude()x
