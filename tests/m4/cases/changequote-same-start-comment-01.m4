changequote(`#', `!')changecom(`#')#x! after
