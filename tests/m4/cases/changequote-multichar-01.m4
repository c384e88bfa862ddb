changequote(<<, >>)define(<<x>>, <<hi>>)x <<x>> <<<<n>>>>
