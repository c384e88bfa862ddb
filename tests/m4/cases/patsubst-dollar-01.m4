patsubst(`abc
def', `$', `;')
