undivert(0)end
