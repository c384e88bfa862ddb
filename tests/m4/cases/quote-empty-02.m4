define(`ab', `AB')a`'b ab `'ab
