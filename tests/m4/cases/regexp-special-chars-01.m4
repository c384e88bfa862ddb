regexp(`a.b*c', `\.b\*', `[\&]')
