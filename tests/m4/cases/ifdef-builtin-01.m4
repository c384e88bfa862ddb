ifdef(`len', `builtin defined') ifdef(`format', `format too')
