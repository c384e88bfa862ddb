eval(len(__file__) - 3)
