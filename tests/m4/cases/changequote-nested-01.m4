changequote([, ])[[nested] level]
