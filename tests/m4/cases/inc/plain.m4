included text
