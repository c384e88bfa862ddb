still read
