changequote([, ])define([x], [a [b] c])defn([x])
