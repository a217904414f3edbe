"""What every command shares: which database, opening it, one-line errors, and writing to the terminal."""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

DB_ENV = "INCIDENTS_DB"


def data_dir() -> Path:
    """``$XDG_DATA_HOME/incidents`` (``~/.local/share/incidents`` by default)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "incidents"


def default_db_path() -> Path:
    """Where the database lives when neither ``--db`` nor ``$INCIDENTS_DB`` says."""
    return data_dir() / "incidents.db"


@dataclass(frozen=True)
class DbChoice:
    """The database a command uses and who chose it (``--db``, ``$INCIDENTS_DB`` or the default)."""

    path: Path
    chosen_by: str

    @property
    def is_default(self) -> bool:
        """True when nobody named a database."""
        return self.chosen_by == "default"


def choose_db(db_path: Path | None) -> DbChoice:
    """The command's ``--db``, else the one given before the command, else ``$INCIDENTS_DB``, else the default."""
    if db_path is not None:
        return DbChoice(db_path, "--db")
    ctx = click.get_current_context(silent=True)
    while ctx is not None:
        given = (ctx.obj or {}).get("db_path") if isinstance(ctx.obj, dict) else None
        if given is not None:
            return DbChoice(given, "--db")
        ctx = ctx.parent
    if os.environ.get(DB_ENV):
        return DbChoice(Path(os.environ[DB_ENV]), f"${DB_ENV}")
    return DbChoice(default_db_path(), "default")


def db_option(func: F) -> F:
    """The ``--db`` option every command takes."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help=f"Database file (or set ${DB_ENV}). [default: {default_db_path()}]",
    )(func)


def _remember(path: Path) -> None:
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        root = ctx.find_root()
        if not isinstance(root.obj, dict):
            root.obj = {}
        root.obj["open_db"] = path


def open_for_reading(db_path: Path | None) -> Any:
    """The chosen database, read-only; a one-line error when it is missing or not ours."""
    from db.connection import DatabaseError, open_readonly
    from db.schema import SchemaTooNew

    choice = choose_db(db_path)
    _remember(choice.path)
    try:
        return open_readonly(choice.path)
    except (DatabaseError, SchemaTooNew) as error:
        raise click.ClickException(str(error)) from error


def open_for_writing(path: Path, *, create: bool) -> Any:
    """A database to write, created when ``create``; a one-line error when it cannot be used."""
    from db.connection import DatabaseError, open_database
    from db.schema import SchemaTooNew

    _remember(path)
    try:
        return open_database(path, create=create)
    except (DatabaseError, SchemaTooNew) as error:
        raise click.ClickException(str(error)) from error


def say(message: str) -> None:
    """A line for the person at the terminal (stderr), never for the pipeline reading stdout."""
    click.echo(message, err=True)


class IncidentsGroup(click.Group):
    """The command group: a database error or an interrupted pipe ends in one line, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except sqlite3.Error as error:
            from db.connection import describe_error

            where = (ctx.obj or {}).get("open_db") if isinstance(ctx.obj, dict) else None
            raise click.ClickException(describe_error(where or "the database", error)) from error
        except BrokenPipeError:
            # The reader of stdout went away (`incidents list | head`): stop quietly.
            sys.stderr.close()
            raise SystemExit(0) from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; nothing half-written was kept") from None
        except OSError as error:
            raise click.ClickException(f"{error.filename or 'a file'}: {error.strerror or error}") from error


def shorten(items: list[str], first: int = 5) -> str:
    """The first few of a list, then how many more: "a, b, c and 4 more"."""
    shown = ", ".join(items[:first])
    return shown + (f" and {len(items) - first} more" if len(items) > first else "")
