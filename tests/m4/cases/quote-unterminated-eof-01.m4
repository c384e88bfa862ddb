text `never closed
more
