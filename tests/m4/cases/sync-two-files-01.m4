main file
