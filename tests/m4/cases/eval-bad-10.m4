eval(--1)
