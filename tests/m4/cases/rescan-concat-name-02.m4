define(`foo', `FOO')define(`mk', `fo')mk`'o mko
