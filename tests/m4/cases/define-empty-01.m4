define(`x')[x]
