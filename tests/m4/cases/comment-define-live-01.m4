changecom()# define(`confX', `live')
confX
