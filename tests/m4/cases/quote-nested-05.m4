define(`q', ``quoted'')q q()
