changequote(<<, >>)<<a>>changequote(`,')`b' <<c>>
