define(`n', `$#')n() n( ) n(`')
