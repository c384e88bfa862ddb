eval(`--1 + 2 ** -1') next
