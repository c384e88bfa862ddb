format format(`plain text')
