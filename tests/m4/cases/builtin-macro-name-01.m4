define(`mine', `user')builtin(`mine')
