define(`a', `[$@]')a() a
