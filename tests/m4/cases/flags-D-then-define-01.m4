X define(`X', `file')X
