second file
