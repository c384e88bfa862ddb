eval(`1 / 0 + --1') next
