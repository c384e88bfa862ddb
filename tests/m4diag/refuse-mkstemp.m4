define(`tmp', mkstemp(`/tmp/fooXXXXXX'))
