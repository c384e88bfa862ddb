define(`ab', `AB')define(`x', `a')x`'b xb x()b
