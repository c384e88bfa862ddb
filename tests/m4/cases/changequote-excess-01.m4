changequote([, ], [extra])[x]
