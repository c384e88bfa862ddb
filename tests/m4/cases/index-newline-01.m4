index(`a
b', `
')
