changequote([, ])define([a`b], [x])ifdef([a`b], [defined]) indir([a`b])
