changequote(`[[', `]')[[a]] [[b]
