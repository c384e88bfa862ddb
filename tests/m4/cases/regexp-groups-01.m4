regexp(`John Smith', `\(\w+\) \(\w+\)', `\2, \1')
