format(`%f %e', `inf', `-nan')
