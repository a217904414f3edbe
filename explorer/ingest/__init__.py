"""Reading article files and importing them into the database."""
