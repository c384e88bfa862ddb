regexp(`foo bar', `\<bar\>') regexp(`foobar', `\<bar')
