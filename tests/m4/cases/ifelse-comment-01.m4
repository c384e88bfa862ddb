ifelse(`x', `y', `', `# hash') after
