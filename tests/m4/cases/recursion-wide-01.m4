define(`twice', `$1$1')twice(twice(twice(twice(twice(ab)))))
