ifelse( a , a , `eq', `ne') ifelse(a , a, `eq', `ne')
