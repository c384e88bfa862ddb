format(`[%5%]')
