define(`AB', `ok')`A'`B' A`'B
