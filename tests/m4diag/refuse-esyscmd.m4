esyscmd(`date')
