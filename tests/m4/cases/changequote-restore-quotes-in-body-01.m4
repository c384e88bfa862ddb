changequote([, ])define([m], [`not a quote'])changequote m
