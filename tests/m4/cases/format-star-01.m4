format(`[%*d]', 6, 42) format(`[%-*d]', 4, 7) format(`[%.*f]', 1, 2.25)
