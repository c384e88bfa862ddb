eval(`1 || 1 % 0 % 5') next
