translit(`abc-', `c-', `CD')
