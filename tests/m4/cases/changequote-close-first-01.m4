changequote(`]', `[')]a[ [b]
