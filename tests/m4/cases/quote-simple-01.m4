`hello' world
