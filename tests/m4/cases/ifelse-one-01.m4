ifelse(`a comment')[]
