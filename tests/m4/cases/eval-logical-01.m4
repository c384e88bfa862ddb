eval(1 && 0) eval(1 && 2) eval(0 || 0) eval(0 || 3) eval(!1 || !0)
