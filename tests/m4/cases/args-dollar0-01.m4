define(`f', ``$0'')f define(`g', ``$0'-name')`'g
