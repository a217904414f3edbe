"""Open a database: ours only, read-only for reading, WAL and foreign keys on, migrated to the current schema.

A SQLite file that another program wrote is refused before anything is written to it, so it is left
byte for byte as it was. Reading commands open the file read-only; only an older database of ours is
upgraded in place (an atomic migration) before it is read.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from db.schema import APPLICATION_ID, LATEST, SchemaTooNew, migrate, version

# Tables every database of ours has had since the first schema: what identifies one written before the mark.
_OUR_TABLES = frozenset({"documents", "incidents", "evidence", "actors", "import_runs"})


class DatabaseError(RuntimeError):
    """A database that cannot be opened or used, with a message fit for the user."""


def _describe(path: Path, error: sqlite3.Error) -> str:
    """One line for an SQLite error, saying what to do about it."""
    message = str(error)
    if "malformed" in message or "not a database" in message:
        return f"{path} is damaged or not a database ({message}); restore it from a backup or choose another --db"
    if "readonly" in message or "read-only" in message:
        return f"{path} is read-only ({message}); make it writable or choose another --db"
    if "disk is full" in message or "database or disk is full" in message:
        return f"the disk holding {path} is full; free some space and run the command again (nothing was half-written)"
    if "disk I/O error" in message:
        return f"could not write {path} ({message}); check the disk and free space, then run the command again"
    if "unable to open" in message:
        return f"cannot open {path} ({message}); check the path and its folder's permissions"
    return f"{path}: {message}"


def identify(conn: sqlite3.Connection) -> str:
    """``ours``, ``empty`` (a new or zero-length file) or ``foreign`` (another program's SQLite file)."""
    # One read transaction, so the tables, mark and version all come from one state of the file even
    # while another process is creating the schema in it.
    conn.execute("BEGIN")
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        mark = int(conn.execute("PRAGMA application_id").fetchone()[0])
        schema = version(conn)
    finally:
        conn.execute("COMMIT")
    if mark == APPLICATION_ID:
        return "ours"
    if not tables and mark == 0 and schema == 0:
        return "empty"
    if mark == 0 and 1 <= schema <= 2 and tables >= _OUR_TABLES:
        return "ours"  # written before the mark existed
    return "foreign"


def _connect(path: Path, *, read_only: bool, immutable: bool = False) -> sqlite3.Connection:
    if read_only:
        uri = f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=30)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
    conn.execute("PRAGMA busy_timeout = 30000")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _check_ours(path: Path, conn: sqlite3.Connection, *, allow_empty: bool) -> str:
    kind = identify(conn)
    if kind == "foreign":
        conn.close()
        raise DatabaseError(
            f"{path} is an SQLite database of another program, not an incidents database; it was left untouched."
            " Choose another --db"
        )
    if kind == "empty" and not allow_empty:
        conn.close()
        raise DatabaseError(
            f"{path} is an empty database; import articles first with `incidents import PATH --db {path}`"
        )
    return kind


def _refuse_missing_or_folder(path: Path, create: bool) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a database file; give a file path with --db")
    if not create and not path.exists():
        raise DatabaseError(f"no database at {path}; import articles first with `incidents import PATH --db {path}`")


def open_database(path: str | Path, *, create: bool = True) -> sqlite_utils.Database:
    """Open an incidents database for writing (creating it when ``create``), migrated to the current schema.

    The connection runs in autocommit mode: writers open their own explicit transactions, so a
    library helper can never commit half of one.
    """
    path = Path(path)
    _refuse_missing_or_folder(path, create)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = _connect(path, read_only=False)
        _check_ours(path, conn, allow_empty=True)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
        return sqlite_utils.Database(conn)
    except SchemaTooNew:
        raise
    except sqlite3.Error as error:
        raise DatabaseError(_describe(path, error)) from error
    except OSError as error:
        raise DatabaseError(f"cannot open {path}: {error.strerror or error}; check the path and permissions") from error


def open_readonly(path: str | Path) -> sqlite_utils.Database:
    """Open an existing incidents database for reading only; nothing is written to it.

    An older database of ours is first upgraded in place (that is the only write, and it is atomic).
    """
    path = Path(path)
    _refuse_missing_or_folder(path, create=False)
    try:
        conn = _open_readonly_connection(path)
        _check_ours(path, conn, allow_empty=False)
        current = version(conn)
        if current > LATEST:
            conn.close()
            raise SchemaTooNew(
                f"the database is at schema version {current}, newer than this program's {LATEST}; "
                "upgrade incidents or choose another --db"
            )
        if current < LATEST:
            conn.close()
            open_database(path, create=False).conn.close()
            conn = _open_readonly_connection(path)
        return sqlite_utils.Database(conn)
    except sqlite3.Error as error:
        raise DatabaseError(_describe(path, error)) from error


def _open_readonly_connection(path: Path) -> sqlite3.Connection:
    """Read-only; a WAL database in a folder we cannot write is read as a fixed file instead."""
    try:
        conn = _connect(path, read_only=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as error:
        if "readonly" not in str(error) and "unable to open" not in str(error):
            raise
        conn = _connect(path, read_only=True, immutable=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn


def describe_error(path: str | Path, error: sqlite3.Error) -> str:
    """A one-line message for an SQLite error met while using the database at ``path``."""
    return _describe(Path(path), error)
