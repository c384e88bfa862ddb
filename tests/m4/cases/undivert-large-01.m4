divert(20)twenty
divert(0)undivert(20)
