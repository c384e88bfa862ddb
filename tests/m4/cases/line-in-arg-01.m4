define(`f', `[$1]')f(__line__
)
