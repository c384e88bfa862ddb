# comment
text
