define(`x', `y')define(`yz', `YZ')x`'z
