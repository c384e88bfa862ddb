errprint(`no newline')text
