one
two
esyscmd(`touch created')
