eval(`2 ** -1 + --1') next
