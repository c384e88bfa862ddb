define(`half', `eval($1 / $2)')dnl
define(`ratio', `half($1, 0)')dnl
ratio(4)
