define(`f', `m4wrap(`[$1]')')f(arg)main
