define(`x', `1')x undefine(`x')x
