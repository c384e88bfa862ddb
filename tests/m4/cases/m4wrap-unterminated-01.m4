m4wrap(`define(`x', `y')x `open')main
