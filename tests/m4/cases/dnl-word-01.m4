dnlx dnl_ xdnl
