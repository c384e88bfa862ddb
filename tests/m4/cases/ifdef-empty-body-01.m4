define(`e', `')ifdef(`e', `defined')
