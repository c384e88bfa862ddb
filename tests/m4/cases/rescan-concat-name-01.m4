define(`foo', `FOO')define(`mk', `f`'oo')mk define(`mk2', ``f'oo')mk2
