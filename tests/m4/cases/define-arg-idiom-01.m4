define(`_ARG_', `$1')define(`_ARG2_', `$2')define(`F', `[_ARG_($@)][_ARG2_($@)]')F(`one', `two, three')
