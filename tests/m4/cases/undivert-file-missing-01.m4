undivert(`inc/nosuch')after
