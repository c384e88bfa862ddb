define(`loop', `loop')dnl
loop
