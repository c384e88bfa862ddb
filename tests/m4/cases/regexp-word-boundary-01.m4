regexp(`the cat', `\bcat') regexp(`concat', `\bcat')
