changequote([, ])regexp([abc], [\`a]) regexp([abc], [c\']) regexp([abc], [\`b]) patsubst([ab
ab], [\`a], [X])
