regexp(`color', `colou?r') regexp(`ac', `ab+c') regexp(`abbc', `ab+c')
