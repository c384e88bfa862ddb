undivert(`inc')end
