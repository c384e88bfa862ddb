INCDEF __file__
