m4wrap(`later
')define(`later', `LATER')main
