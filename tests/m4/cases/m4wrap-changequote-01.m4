m4wrap(`changequote([, ])[wrapped] `text'')main
