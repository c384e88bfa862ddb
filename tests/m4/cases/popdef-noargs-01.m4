popdef popdef()x
