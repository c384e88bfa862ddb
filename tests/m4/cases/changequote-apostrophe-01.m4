changequote([, ])define([msg], [it's here])changequote(`,')msg
