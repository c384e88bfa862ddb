__file__ include(`./inc/plain.m4')
