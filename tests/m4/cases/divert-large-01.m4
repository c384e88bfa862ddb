divert(100)hundred
divert(10)ten
divert(0)zero
