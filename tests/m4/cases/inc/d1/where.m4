line __line__ of __file__
