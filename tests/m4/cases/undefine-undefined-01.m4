undefine(`nosuch')ok
