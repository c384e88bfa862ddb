define(`mk', `define(`$1', `$2')')mk(`a', `AA')a
