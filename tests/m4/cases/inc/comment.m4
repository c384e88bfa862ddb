# comment in include define(`x')
