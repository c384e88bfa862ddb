patsubst(`a
b
c', `
', `,')
