changequote([, ])define([confMUST_QUOTE_CHARS], [.'])changequote(`,')`'confMUST_QUOTE_CHARS
