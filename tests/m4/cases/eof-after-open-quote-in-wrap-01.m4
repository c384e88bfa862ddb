m4wrap(`[')main
