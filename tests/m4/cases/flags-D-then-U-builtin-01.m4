dnl still text
