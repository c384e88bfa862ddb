changequote(`#', `!')changecom(`#')#x!
