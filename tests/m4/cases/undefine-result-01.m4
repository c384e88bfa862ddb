[undefine(`x')]
