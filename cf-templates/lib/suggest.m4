divert(-1)
#
# suggest.m4 -- "did you mean": the known name closest to a misspelt one,
# by edit distance (Levenshtein: insertions, deletions, substitutions),
# computed only when an error needs it.
#
# _mc_suggest(NAME, `cand1, cand2, ...') is the closest candidate when
# its distance is at most a third of NAME's length (at least 1), else
# empty.  Candidates whose length differs from NAME's by more than 2 are
# not scored.  The distance uses one row of cells, _mc_lv_0 .. _mc_lv_N.
#
define(`_mc_min2', `ifelse(eval($1 < $2), `1', `$1', `$2')')
define(`_mc_lvinit',
	`ifelse(eval($1 > $2), `1', `', `_mc_bdefine(`_mc_lv_$1', `$1')_mc_lvinit(incr($1), $2)')')
define(`_mc_lvcols',
`ifelse(eval($4 > $5), `1', `',
`_mc_bdefine(`_mc_lvc', _mc_min2(_mc_min2(incr(defn(`_mc_lv_$4')), incr(defn(`_mc_lv_'decr($4)))),
	eval(defn(`_mc_lvp') + ifelse(substr(`$1', decr($3), 1), substr(`$2', decr($4), 1), `0', `1'))))dnl
_mc_bdefine(`_mc_lvp', defn(`_mc_lv_$4'))_mc_bdefine(`_mc_lv_$4', defn(`_mc_lvc'))dnl
_mc_lvcols(`$1', `$2', $3, incr($4), $5)')')
define(`_mc_lvrows',
`ifelse(eval($3 > $4), `1', `',
`_mc_bdefine(`_mc_lvp', defn(`_mc_lv_0'))_mc_bdefine(`_mc_lv_0', `$3')dnl
_mc_lvcols(`$1', `$2', $3, 1, $5)_mc_lvrows(`$1', `$2', incr($3), $4, $5)')')
# _mc_lev(A, B): the edit distance of A and B
define(`_mc_lev',
`_mc_lvinit(0, len(`$2'))_mc_lvrows(`$1', `$2', 1, len(`$1'), len(`$2'))defn(`_mc_lv_'len(`$2'))')
# _mc_best(NAME, cand...): walks the candidates, keeping _mc_bestn/_mc_bestd
define(`_mc_best',
`ifelse(`$#', `1', `',
`ifelse(eval(len(`$1') - len(`$2') > 2 || len(`$2') - len(`$1') > 2), `1', `',
	`_mc_bdefine(`_mc_d', _mc_lev(`$1', `$2'))ifelse(eval(_mc_d < _mc_bestd), `1',
		`_mc_bdefine(`_mc_bestd', _mc_d)_mc_bdefine(`_mc_bestn', `$2')')')dnl
ifelse(eval($# > 2), `1', `_mc_best(`$1', shift(shift($@)))')')')
define(`_mc_suggest',
`_mc_bdefine(`_mc_bestd', `1000')_mc_bdefine(`_mc_bestn', `')dnl
_mc_best(`$1', $2)dnl
ifelse(eval(_mc_bestd <= ifelse(eval(len(`$1') / 3 < 1), `1', `1', `eval(len(`$1') / 3)')), `1',
	`defn(`_mc_bestn')')')
