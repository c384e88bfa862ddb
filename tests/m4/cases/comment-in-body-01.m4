define(`x', `# not expanded x')x
