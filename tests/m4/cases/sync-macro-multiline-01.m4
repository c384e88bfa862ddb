define(`two', `line1
line2')two
two
end
