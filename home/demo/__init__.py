"""Demo content: real text about Gori and its farmers in Georgian, English and Russian."""
