define(`g', `<$1>')X`'z)
