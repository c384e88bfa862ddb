[esyscmd(`touch created; echo x')]
