patsubst(`hello', `\(.\)\(.*\)', `\1-\2')
