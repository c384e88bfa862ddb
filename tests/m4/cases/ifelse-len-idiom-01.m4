define(`empty', `ifelse(len(`$1'), 0, `E', `N')')empty() empty(x) empty(`')
