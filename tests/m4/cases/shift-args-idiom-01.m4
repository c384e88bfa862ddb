define(`_ARGS_', `shift($@)')define(`f', `[_ARGS_($@)]')f(a, b, c)
