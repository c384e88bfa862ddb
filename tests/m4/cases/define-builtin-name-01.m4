define(`len', `mylen')len(abc)
