format(`%d', `ten')
