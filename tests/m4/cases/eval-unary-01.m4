eval(+5) eval(~0) eval(!0) eval(!5) eval(~5) eval(!!7)
