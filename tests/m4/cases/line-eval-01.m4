eval(__line__ * 2)
