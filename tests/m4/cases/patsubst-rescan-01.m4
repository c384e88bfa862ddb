define(`Y', `why')patsubst(`aXa', `X', `Y')
