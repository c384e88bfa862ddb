define()x
