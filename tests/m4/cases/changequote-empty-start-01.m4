changequote(`', `]')[abc] `x'
