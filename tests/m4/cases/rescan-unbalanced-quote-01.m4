define(`q', `x`y')q rest' after
