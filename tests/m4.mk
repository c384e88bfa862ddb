# tests/m4.mk -- differential tests of the m4 engine against GNU m4
