"""The ``incidents`` command: import articles, list, show and export incidents, open the explorer."""

from __future__ import annotations

from pathlib import Path

import click

from explorer import __version__
from explorer.cli.common import DB_ENV, IncidentsGroup, db_option, default_db_path

__all__ = ["DB_ENV", "default_db_path", "main"]


@click.group(cls=IncidentsGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@click.version_option(__version__, prog_name="incidents")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None) -> None:
    """Reconstruct what happened, when, to whom, and who says so, from news articles.

    With no command, opens the explorer on your database; before you have imported anything, it
    opens the bundled sample (kept in a database of its own, never mixed with yours).

    \b
    Examples:
      incidents import ~/story/articles/ --manifest ~/story/sources.csv
      incidents list --actor wheeler --from 2018-06-15 --to 2018-07-31
      incidents show 7
      incidents review 7 --status verified --star --note "Matches the court filing."
      incidents export --format md --starred > chronology.md
      incidents documents
    """
    ctx.ensure_object(dict)
    ctx.obj["db_path"] = db_path
    if ctx.invoked_subcommand is None:
        from explorer.cli.explore import tui

        ctx.invoke(tui, db_path=db_path)


def _register() -> None:
    from explorer.cli import explore, importing, reading, reviewing, searching

    commands = (*importing.COMMANDS, *reading.COMMANDS, *searching.COMMANDS, *reviewing.COMMANDS, *explore.COMMANDS)
    for command in commands:
        main.add_command(command)


_register()
