"""The ``incidents`` command: import articles, list, show and export incidents, open the explorer."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from explorer import __version__

F = TypeVar("F", bound=Callable[..., Any])

DB_ENV = "INCIDENTS_DB"


def default_db_path() -> Path:
    """``$INCIDENTS_DB``, else ``$XDG_DATA_HOME/incidents/incidents.db`` (``~/.local/share`` by default)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "incidents" / "incidents.db"


def db_option(func: F) -> F:
    """The ``--db`` option every command takes."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar=DB_ENV,
        show_envvar=True,
        default=None,
        help=f"Database file. [default: {default_db_path()}]",
    )(func)


def _open(db_path: Path | None, *, create: bool = False) -> Any:
    from db.connection import DatabaseError, open_database
    from db.schema import SchemaTooNew

    path = db_path or default_db_path()
    try:
        return open_database(path, create=create)
    except (DatabaseError, SchemaTooNew) as error:
        raise click.ClickException(str(error)) from error


def filter_options(func: F) -> F:
    """Options that narrow a listing; they combine."""
    options = [
        click.option(
            "--from", "date_from", metavar="DATE", help="On or after this date (2018-06-15, june 15, jun 2018)."
        ),
        click.option("--to", "date_to", metavar="DATE", help="On or before this date."),
        click.option(
            "--on", "date_on", metavar="DATE", help="Within this day, month or range (2018-06-15..2018-07-01)."
        ),
        click.option("--actor", "actors", multiple=True, metavar="NAME", help="Involving an actor, matched fuzzily."),
        click.option("--kind", "kinds", multiple=True, metavar="KIND", help="Of this kind (protest, arrest, …)."),
        click.option(
            "--search", "text", default="", metavar="WORDS", help="Full-text search in titles, quotes, actors."
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _reference_date(db: Any) -> date:
    """Year-less dates in a filter mean the archive's latest year, not the clock's."""
    from db import queries

    return queries.latest_published(db) or date.today()


def build_filter(db: Any, date_from: str | None, date_to: str | None, date_on: str | None,
                 actors: tuple[str, ...], kinds: tuple[str, ...], text: str) -> Any:  # fmt: skip
    """Turn command-line filter options into a query filter, with clear errors for bad values."""
    from db import queries
    from explorer.query.actors import rank_actors
    from explorer.query.dates import DateQueryError, parse_date_query

    reference = _reference_date(db)
    start: date | None = None
    end: date | None = None
    try:
        if date_on:
            start, end = parse_date_query(date_on, reference)
        if date_from:
            start = parse_date_query(date_from, reference)[0]
        if date_to:
            end = parse_date_query(date_to, reference)[1]
    except DateQueryError as error:
        raise click.BadParameter(str(error), param_hint="date") from error
    actor_sets: tuple[tuple[int, ...], ...] = ()
    if actors:
        everyone = [(a.id, a.name, a.aliases) for a in queries.actor_summaries(db)]
        actor_sets = tuple(tuple(i for i, _name, _score in rank_actors(query, everyone)) for query in actors)
    known = {k for k, _n in queries.kinds(db)}
    for kind in kinds:
        if known and kind not in known:
            raise click.BadParameter(
                f"unknown kind {kind!r}; known kinds: {', '.join(sorted(known))}", param_hint="--kind"
            )
    return queries.IncidentFilter(start, end, actor_sets, tuple(kinds), text)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@db_option
@click.version_option(__version__, prog_name="incidents")
@click.pass_context
def main(ctx: click.Context, db_path: Path | None) -> None:
    """Reconstruct what happened, when, to whom, and who says so, from news articles.

    With no command, opens the explorer on the database; when there is no database yet,
    imports the bundled sample articles first.

    \b
    Examples:
      incidents import ~/story/articles/ --manifest ~/story/sources.csv
      incidents list --actor wheeler --from 2018-06-15 --to 2018-07-31
      incidents show 7
      incidents export --format md > chronology.md
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(tui, db_path=db_path)


@main.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--manifest",
    type=click.Path(dir_okay=False, path_type=Path),
    help="CSV with columns file,published,outlet,title,url.",
)
@click.option("--published", metavar="DATE", help="Publication date for the files given here (YYYY-MM-DD).")
@click.option(
    "--workers", type=click.IntRange(min=1), default=None, help="Extraction processes. [default: one per core]"
)
@db_option
def import_command(
    paths: tuple[Path, ...], manifest: Path | None, published: str | None, workers: int | None, db_path: Path | None
) -> None:
    """Import articles (.txt, .md, .html, folders, manifest CSVs).

    Importing the same files again adds nothing. Each article goes in whole or not at all;
    a file that cannot be read is reported and the rest still go in. Exits 1 when any file
    was refused.
    """
    from explorer.ingest.decode import Refused
    from explorer.ingest.readers import parse_date

    given = None
    if published:
        given = parse_date(published)
        if given is None:
            raise click.BadParameter(f"cannot read {published!r} as a date; use YYYY-MM-DD", param_hint="--published")
    if manifest is not None and not manifest.is_file():
        raise click.BadParameter(f"no manifest at {manifest}", param_hint="--manifest")
    db = _open(db_path, create=True)
    try:
        summary = _run_import(db, list(paths), manifest, given, workers)
    except Refused as error:
        raise click.ClickException(str(error)) from error
    for path, reason in summary.refused:
        click.echo(f"refused: {path}: {reason}", err=True)
    click.echo(
        f"imported {len(summary.imported)}, unchanged {len(summary.unchanged)}, refused {len(summary.refused)}"
        f" · {summary.incidents_added} new incidents · {db_path or default_db_path()}",
        err=True,
    )
    if not summary.ok:
        sys.exit(1)


def _run_import(db: Any, paths: list[Path], manifest: Path | None, published: date | None, workers: int | None) -> Any:
    from explorer.ingest.pipeline import collect_files, default_workers, import_paths

    files, _entries, _missing = collect_files(paths)
    count = workers or default_workers()
    if len(files) <= 5:
        return import_paths(db, paths, manifest=manifest, published=published, workers=1)
    with click.progressbar(length=len(files), label="Importing", file=sys.stderr, show_pos=True) as bar:
        return import_paths(
            db, paths, manifest=manifest, published=published, progress=lambda _p: bar.update(1), workers=count
        )


def _echo_lines(lines: Iterator[str]) -> None:
    for line in lines:
        click.echo(line, nl=False)


@main.command("list")
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show at most this many.")
@db_option
def list_command(date_from: str | None, date_to: str | None, date_on: str | None, actors: tuple[str, ...],
                 kinds: tuple[str, ...], text: str, fmt: str, limit: int | None, db_path: Path | None) -> None:  # fmt: skip
    """List incidents in date order."""
    from itertools import islice

    from db import queries
    from explorer.output import export
    from explorer.output.formatting import format_when
    from explorer.output.textsafe import clean_text

    db = _open(db_path)
    flt = build_filter(db, date_from, date_to, date_on, actors, kinds, text)
    incidents = islice(queries.iter_incidents(db, flt), limit)
    if fmt == "jsonl":
        _echo_lines(export.to_jsonl(incidents))
        return
    if fmt == "csv":
        _echo_lines(export.to_csv(incidents))
        return
    shown = 0
    for incident in incidents:
        when = format_when(incident.date_start, incident.date_end, incident.precision)
        sources = len({e.document_id for e in incident.evidence})
        click.echo(f"{incident.id:>5}  {when:<26} {incident.kind:<13} {sources:>2}  {clean_text(incident.title)}")
        shown += 1
    if shown == 0:
        click.echo("no incidents match", err=True)


@main.command("show")
@click.argument("incident_id", type=int)
@db_option
def show_command(incident_id: int, db_path: Path | None) -> None:
    """Show one incident: date and how it was read, actors, and every passage that reports it."""
    from db import queries
    from explorer.output.formatting import format_when, short_date
    from explorer.output.textsafe import clean_text

    db = _open(db_path)
    incident = queries.incident_detail(db, incident_id)
    if incident is None:
        raise click.ClickException(f"no incident {incident_id}; `incidents list` shows the ids")
    click.echo(click.style(f"#{incident.id}  {clean_text(incident.title)}", bold=True))
    click.echo(f"{format_when(incident.date_start, incident.date_end, incident.precision)} — {incident.date_note}")
    click.echo(
        f"kind: {incident.kind}" + (f" · location: {clean_text(incident.location)}" if incident.location else "")
    )
    if incident.actors:
        click.echo("actors: " + "; ".join(a.name + (f" ({a.role})" if a.role else "") for a in incident.actors))
    readings = {(e.date_start, e.date_end) for e in incident.evidence if e.is_dated}
    if len(readings) > 1:
        click.echo(
            "sources disagree on the date: "
            + ", ".join(f"{e.file_name} “{e.date_text}” → {e.date_start}" for e in incident.evidence if e.is_dated)
        )
    for e in incident.evidence:
        click.echo("")
        click.echo(
            click.style(
                f"{e.outlet or e.doc_title or e.file_name} · {short_date(e.published)} · {e.file_name}"
                f" [{e.start}:{e.end}]" + ("" if e.is_dated else " · follow-up"),
                fg="cyan",
            )
        )
        before, after = clean_text(e.context_before), clean_text(e.context_after)
        click.echo(
            "  …"
            + " ".join(before.split())
            + " "
            + click.style(" ".join(clean_text(e.quote).split()), fg="yellow", bold=True)
            + " "
            + " ".join(after.split())
            + "…"
        )


@main.command("export")
@filter_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "md"]), default="jsonl", show_default=True)
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default: stdout)."
)
@db_option
def export_command(date_from: str | None, date_to: str | None, date_on: str | None, actors: tuple[str, ...],
                   kinds: tuple[str, ...], text: str, fmt: str, output: Any, db_path: Path | None) -> None:  # fmt: skip
    """Export incidents: JSON Lines (every field), CSV, or a Markdown chronology with citations."""
    from db import queries
    from explorer.output import export

    db = _open(db_path)
    flt = build_filter(db, date_from, date_to, date_on, actors, kinds, text)
    render = {"jsonl": export.to_jsonl, "csv": export.to_csv, "md": export.to_markdown}[fmt]
    for chunk in render(queries.iter_incidents(db, flt)):
        output.write(chunk)


@main.command("actors")
@click.option("--search", default="", metavar="NAME", help="Only actors matching this name (fuzzy).")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@db_option
def actors_command(search: str, limit: int | None, db_path: Path | None) -> None:
    """List actors: canonical name, kind, aliases, and how many incidents involve them."""
    from db import queries
    from explorer.query.actors import rank_actors

    db = _open(db_path)
    everyone = queries.actor_summaries(db)
    if search:
        keep = {i for i, _n, _s in rank_actors(search, [(a.id, a.name, a.aliases) for a in everyone], limit=10_000)}
        everyone = [a for a in everyone if a.id in keep]
    for actor in everyone[:limit]:
        aliases = ", ".join(a for a in actor.aliases if a != actor.name)
        title = f" ({actor.title})" if actor.title else ""
        click.echo(
            f"{actor.incidents:>4}  {actor.kind:<12} {actor.name}{title}" + (f"  — also: {aliases}" if aliases else "")
        )


@main.command("tui")
@db_option
def tui(db_path: Path | None) -> None:
    """Open the explorer (the default when no command is given)."""
    path = db_path or default_db_path()
    if not path.exists():
        _import_sample(path)
    db = _open(path)
    from explorer.tui.app import IncidentsApp  # Textual loads only when the explorer opens

    IncidentsApp(db, path).run()


def _import_sample(path: Path) -> None:
    from explorer.ingest.pipeline import import_paths
    from explorer.sample import sample_dir

    sample = sample_dir()
    if sample is None:
        raise click.ClickException(f"no database at {path} and no bundled sample; run `incidents import PATH` first")
    click.echo(f"No database at {path} yet: importing the sample articles from {sample} …", err=True)
    db = _open(path, create=True)
    summary = import_paths(db, [sample])
    click.echo(f"imported {len(summary.imported)} articles, {summary.incidents_added} incidents", err=True)
    db.conn.close()
