patsubst(`the quick brown fox', `\w+', `[\&]')
