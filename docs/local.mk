# docs/local.mk -- man pages and format documents
dist_man_MANS += docs/mailcf.8
dist_man_MANS += docs/mailcf.cft.5
