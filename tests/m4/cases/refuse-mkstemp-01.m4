mkstemp(`createdXXXXXX')
