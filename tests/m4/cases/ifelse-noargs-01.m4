ifelse ifelse()x
