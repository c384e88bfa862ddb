dnl a quote that never closes
define(`greeting', `hello)
greeting
