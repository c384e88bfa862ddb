format(`[%5d]', 42) format(`[%-5d]', 42) format(`[%05d]', 42) format(`[%+d]', 42)
