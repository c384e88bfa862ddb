changecom(`#', `')# x
x
