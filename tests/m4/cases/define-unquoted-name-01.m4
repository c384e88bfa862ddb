define(`A', `B')define(A, `C')A B
