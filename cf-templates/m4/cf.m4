divert(-1)
#
# m4/cf.m4 -- the name a .mc traditionally includes (`../m4/cf.m4' through
# -I <templates>/m4, or an absolute .../cf/m4/cf.m4 that mailcf maps here).
# It only finds the real entry point, cf.m4, one folder up.
#
ifdef(`_CF_DIR_', `',
	`ifelse(__file__, `__file__',
		`define(`_CF_DIR_', `../')',
		`define(`_CF_DIR_',
			substr(__file__, 0, eval(len(__file__) - 8)))')')
ifdef(`_mc_loaded', `', `include(_CF_DIR_`cf.m4')')
divert(0)dnl
