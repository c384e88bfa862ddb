regexp(`abab', `\(ab\)\1', `yes') regexp(`abba', `\(ab\)\1', `yes')
