define(`_ARG2_', `')len(X`'_ARG2_) define(`_ARG2_', `v')len(X`'_ARG2_)
