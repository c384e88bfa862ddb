main text
