changecom(`@')@ x
changecom(`#')# x
