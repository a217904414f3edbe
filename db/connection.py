"""Open a database: WAL, foreign keys on, migrated to the current schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from db.schema import migrate


class DatabaseError(RuntimeError):
    """A database that cannot be opened or used, with a message fit for the user."""


def open_database(path: str | Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and create, and migrate) the incidents database at ``path``.

    The connection runs in autocommit mode: writers open their own explicit transactions, so a
    library helper can never commit half of one.
    """
    path = Path(path)
    if not create and not path.exists():
        raise DatabaseError(f"no database at {path}; import articles first with `incidents import PATH`")
    if path.exists() and path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file; give a file path with --db")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
        return sqlite_utils.Database(conn)
    except sqlite3.DatabaseError as error:
        raise DatabaseError(f"{path} is not an incidents database ({error}); choose another --db") from error
    except OSError as error:
        raise DatabaseError(f"cannot open {path}: {error.strerror or error}; check the path and permissions") from error
