changequote([, ])# [ in comment
[q]
