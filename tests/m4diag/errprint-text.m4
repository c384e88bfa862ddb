errprint(`*** ERROR: FEATURE() should be before MAILER()
')dnl
ok
