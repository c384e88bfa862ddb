maketemp(`/tmp/fooXXXXXX')
