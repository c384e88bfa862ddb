before include(`inc/nosuch.m4') after
