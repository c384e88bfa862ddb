format(`[% d] [% d]', 5, -5)
