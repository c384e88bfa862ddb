sinclude(`only2.m4')sinclude(`nothere.m4')end
