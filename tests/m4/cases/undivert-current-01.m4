divert(2)in two undivert(2) still two
divert(0)undivert(2)
