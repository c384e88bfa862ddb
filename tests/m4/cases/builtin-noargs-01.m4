builtin builtin()
