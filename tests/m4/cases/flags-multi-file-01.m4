first file
