define(`where', `__file__:__line__')include(`inc/plain.m4')where
where
