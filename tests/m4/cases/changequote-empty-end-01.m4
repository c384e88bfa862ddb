changequote(`[', `')[abc]] x
