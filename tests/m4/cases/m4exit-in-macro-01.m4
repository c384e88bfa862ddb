define(`die', `m4exit($1)')one die(5) two
