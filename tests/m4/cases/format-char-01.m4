format(`%c%c%c', 65, 66, 67) format(`[%3c]', 120)
