changecom# not a comment define(`z', `Z')z
