[divert(1)]divert(0)[x]
