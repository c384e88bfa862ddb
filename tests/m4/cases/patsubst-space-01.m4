patsubst(`a   b	c', `[ 	]+', ` ')
