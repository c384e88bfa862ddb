before syscmd(`touch created') after
