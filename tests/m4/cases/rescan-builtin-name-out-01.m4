define(`mk', ``def'`ine'')mk(`x', `y')x
