define(`show', `[$*|$@]')show(``q'', r)
