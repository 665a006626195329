"""Demo content of participation (see `home.demo`)."""
