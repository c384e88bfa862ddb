`line one
line two'
