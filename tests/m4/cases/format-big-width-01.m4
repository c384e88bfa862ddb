format(`[%30d]', 7)
