define(`été', `summer')été len(`Ã©') translit(`éè', `è', `e') index(`naïve', `ï')
