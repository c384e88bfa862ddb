maketemp(`createdXXXXXX')
