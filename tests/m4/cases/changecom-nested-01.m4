changecom(`(*', `*)')(* a (* b *) c *) d
