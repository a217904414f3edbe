"""The database layer: connection, schema and migrations, reads and writes. Never imports ``explorer``."""
