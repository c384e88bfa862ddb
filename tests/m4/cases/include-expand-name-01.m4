define(`F', `inc/plain.m4')include(F)
