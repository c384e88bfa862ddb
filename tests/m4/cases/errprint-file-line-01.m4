errprint(__file__:__line__: `message
')
