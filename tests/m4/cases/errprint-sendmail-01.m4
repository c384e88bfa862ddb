errprint(`*** ERROR: FEATURE() should be before MAILER()
')rest
