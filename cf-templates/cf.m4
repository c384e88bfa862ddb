divert(-1)
#
# cf.m4 -- mailcf's sendmail vocabulary, read before a site's .mc file:
#
#	m4 -I cf-templates/m4 cf-templates/cf.m4 host.mc > host.ir
#
# The .mc only records things (options, features, mailers, classes); the
# IR text (docs/ir.md, plus the directives of cf-templates/README) is
# written at the end of input, through m4wrap, by lib/emit.m4.
#
# _CF_DIR_ is the folder of this file, with a trailing slash.  A .mc that
# says include(`../m4/cf.m4') (the classic first line) reaches
# m4/cf.m4, which comes back here; reading the templates twice is harmless
# because lib/main.m4 is read only once.
#
ifdef(`_CF_DIR_', `',
	`ifelse(__file__, `__file__',
		`define(`_CF_DIR_', `')',
		`define(`_CF_DIR_',
			substr(__file__, 0, eval(len(__file__) - 5)))')')
ifdef(`_mc_loaded', `', `include(_CF_DIR_`lib/main.m4')')
divert(0)dnl
