patsubst(`John Smith, Jane Doe', `\(\w+\) \(\w+\)', `\2 \1')
