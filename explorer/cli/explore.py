"""The ``tui`` command (the default): the explorer on your database, or on the sample before you have one."""

from __future__ import annotations

from pathlib import Path

import click

from explorer.cli.common import choose_db, data_dir, db_option, open_for_reading, open_for_writing, say


def _sample_path() -> Path:
    from explorer.sample import SAMPLE_DB_NAME

    return data_dir() / SAMPLE_DB_NAME


def _ensure_sample() -> Path:
    from explorer.sample import SAMPLE_DESCRIPTION, build_sample_db

    path = _sample_path()
    if not path.exists():
        say(f"Building the sample database ({SAMPLE_DESCRIPTION}) at {path} …")
        try:
            count = build_sample_db(path)
        except (FileNotFoundError, OSError) as error:
            raise click.ClickException(f"cannot build the sample at {path}: {error}") from error
        say(f"The sample holds {count} incidents; it stays apart from your own data.")
    return path


@click.command("tui")
@click.option("--sample", is_flag=True, help="Open the bundled sample, whatever database you have.")
@click.option("--create", is_flag=True, help="Start an empty database when the --db file does not exist.")
@db_option
def tui(sample: bool, create: bool, db_path: Path | None) -> None:
    """Open the explorer (the default when no command is given).

    Before anything has been imported into the default database, the explorer opens the bundled
    sample, which lives in a database of its own.
    """
    choice = choose_db(db_path)
    showing_sample = sample or (choice.is_default and not choice.path.exists())
    if showing_sample:
        path = _ensure_sample()
    else:
        path = choice.path
        if not path.exists():
            if not create:
                raise click.ClickException(
                    f"no database at {path} (named by {choice.chosen_by}); check the path, import articles with"
                    f" `incidents import PATH --db {path}`, or add --create to start an empty one"
                )
            open_for_writing(path, create=True).conn.close()
    db = open_for_reading(path)
    from explorer.tui.app import IncidentsApp  # Textual loads only when the explorer opens

    IncidentsApp(db, path, sample=showing_sample, export_dir=data_dir()).run()


COMMANDS = (tui,)
