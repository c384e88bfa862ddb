__line__
__line__

__line__
