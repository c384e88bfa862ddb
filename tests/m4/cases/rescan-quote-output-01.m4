define(`q', ``x'')define(`x', `X')q
