ignored
