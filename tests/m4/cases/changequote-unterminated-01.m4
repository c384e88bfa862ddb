changequote([, ])[never closed
