define(`later', `divert(1)$1`'divert(0)')later(`L1')now later(`L2')end
