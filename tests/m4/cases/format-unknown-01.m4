format(`%z %q')
