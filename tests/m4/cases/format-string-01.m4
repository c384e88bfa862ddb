format(`[%10s]', `abc') format(`[%-10s]', `abc') format(`[%.2s]', `abcdef') format(`[%5.1s]', `xyz')
