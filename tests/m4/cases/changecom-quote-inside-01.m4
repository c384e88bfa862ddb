changecom(`/*', `*/')/* ` */ `quoted'
