divert(1)still in one
