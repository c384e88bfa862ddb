define(`PUSHDIVERT', `pushdef(`__D__', divnum)divert($1)')define(`POPDIVERT', `divert(__D__)popdef(`__D__')')dnl
PUSHDIVERT(2)two
PUSHDIVERT(3)three
POPDIVERT`'back in two
POPDIVERT`'main
