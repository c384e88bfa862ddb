include(`inc/nested.m4')back __line__
