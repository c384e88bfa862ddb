popdef(`nosuch')ok
