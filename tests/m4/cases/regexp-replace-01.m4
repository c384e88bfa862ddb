regexp(`hello world', `w\(or\)', `[\1]')
