define(`here', `__line__')here
here
