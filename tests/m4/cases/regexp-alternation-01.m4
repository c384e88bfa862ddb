regexp(`cat dog', `dog\|cat', `\&')
