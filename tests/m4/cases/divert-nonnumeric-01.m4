divert(abc)text
