changequote([, ])define([x], [hello])x [x] `x'
