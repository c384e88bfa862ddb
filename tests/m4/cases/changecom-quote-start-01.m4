changecom(`[', `]')changequote(`[', `]')[a] x
