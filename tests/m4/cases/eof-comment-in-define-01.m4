define(`x', # comment
