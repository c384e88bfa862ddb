eaten or not
