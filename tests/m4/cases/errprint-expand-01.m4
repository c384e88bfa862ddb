define(`X', `expanded')errprint(X `X' ``X''
)
