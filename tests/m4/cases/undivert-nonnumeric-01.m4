undivert(`abc')end
