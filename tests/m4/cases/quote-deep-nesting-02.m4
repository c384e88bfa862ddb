define(`peel', `$1')peel(peel(peel(peel(peel(peel(peel(peel(````````x''''''''))))))))
