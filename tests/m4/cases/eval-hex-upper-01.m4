eval(0XFF) eval(0xff + 0Xa)
