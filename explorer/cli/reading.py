"""Commands that read: ``list``, ``show``, ``export`` and ``actors``. They open the database read-only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from explorer.cli.common import choose_db, db_option, open_for_reading, say

F = TypeVar("F", bound=Callable[..., Any])


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


def build_filter(db: Any, date_from: str | None, date_to: str | None, date_on: str | None,
                 actors: tuple[str, ...], kinds: tuple[str, ...], text: str) -> Any:  # fmt: skip
    """Turn command-line filter options into a query filter, with clear errors for bad values."""
    from db import queries
    from explorer.query.actors import rank_actors
    from explorer.query.dates import DateQueryError, parse_date_query

    reference = queries.latest_published(db)  # year-less dates mean the archive's latest year, never the clock's
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


def _echo_lines(lines: Iterator[str]) -> None:
    for line in lines:
        click.echo(line, nl=False)


def _say_nothing_matched(db: Any, db_path: Path | None) -> None:
    from db import queries

    if queries.incident_total(db) == 0:
        say(f"{choose_db(db_path).path} holds no incidents yet; import articles with `incidents import PATH`")
    else:
        say("no incidents match these filters")


@click.command("list")
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
    from explorer.output.textsafe import clean_line, neutralise

    db = open_for_reading(db_path)
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
        title = neutralise(clean_line(incident.title))
        click.echo(f"{incident.id:>5}  {when:<26} {incident.kind:<13} {sources:>2}  {title}")
        shown += 1
    if shown == 0:
        _say_nothing_matched(db, db_path)


@click.command("show")
@click.argument("incident_id", type=int)
@db_option
def show_command(incident_id: int, db_path: Path | None) -> None:
    """Show one incident: date and how it was read, actors, and every passage that reports it."""
    from db import queries
    from explorer.output.formatting import format_when, short_date
    from explorer.output.textsafe import clean_line, neutralise

    def line(value: str | None) -> str:
        return neutralise(clean_line(value or ""))

    db = open_for_reading(db_path)
    incident = queries.incident_detail(db, incident_id)
    if incident is None:
        raise click.ClickException(f"no incident {incident_id}; `incidents list` shows the ids")
    click.echo(click.style(f"#{incident.id}  {line(incident.title)}", bold=True))
    click.echo(
        f"{format_when(incident.date_start, incident.date_end, incident.precision)} — {line(incident.date_note)}"
    )
    click.echo(f"kind: {incident.kind}" + (f" · location: {line(incident.location)}" if incident.location else ""))
    if incident.actors:
        click.echo("actors: " + "; ".join(line(a.name) + (f" ({a.role})" if a.role else "") for a in incident.actors))
    readings = {(e.date_start, e.date_end) for e in incident.evidence if e.is_dated}
    if len(readings) > 1:
        click.echo(
            "sources disagree on the date: "
            + ", ".join(
                f"{line(e.file_name)} “{line(e.date_text)}” → {e.date_start}" for e in incident.evidence if e.is_dated
            )
        )
    for e in incident.evidence:
        click.echo("")
        source = line(e.outlet or e.doc_title or e.file_name)
        click.echo(
            click.style(
                f"{source} · {short_date(e.published)} · {line(e.file_name)}"
                + (f" p. {e.page}" if e.page else "")
                + f" [{e.start}:{e.end}]"
                + ("" if e.is_dated else " · follow-up"),
                fg="cyan",
            )
        )
        quote = click.style(line(e.quote), fg="yellow", bold=True)
        click.echo(f"  …{line(e.context_before)} {quote} {line(e.context_after)}…")


@click.command("export")
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

    db = open_for_reading(db_path)
    flt = build_filter(db, date_from, date_to, date_on, actors, kinds, text)
    render = {"jsonl": export.to_jsonl, "csv": export.to_csv, "md": export.to_markdown}[fmt]
    for chunk in render(queries.iter_incidents(db, flt)):
        output.write(chunk)


@click.command("actors")
@click.option("--search", default="", metavar="NAME", help="Only actors matching this name (fuzzy).")
@click.option("--limit", type=click.IntRange(min=1), default=None)
@db_option
def actors_command(search: str, limit: int | None, db_path: Path | None) -> None:
    """List actors: canonical name, kind, aliases, and how many incidents involve them."""
    from db import queries
    from explorer.output.textsafe import clean_line, neutralise
    from explorer.query.actors import rank_actors

    db = open_for_reading(db_path)
    everyone = queries.actor_summaries(db)
    if search:
        keep = {i for i, _n, _s in rank_actors(search, [(a.id, a.name, a.aliases) for a in everyone], limit=10_000)}
        everyone = [a for a in everyone if a.id in keep]
    for actor in everyone[:limit]:
        aliases = neutralise(clean_line(", ".join(a for a in actor.aliases if a != actor.name)))
        title = f" ({neutralise(clean_line(actor.title))})" if actor.title else ""
        click.echo(
            f"{actor.incidents:>4}  {actor.kind:<12} {neutralise(clean_line(actor.name))}{title}"
            + (f"  — also: {aliases}" if aliases else "")
        )


COMMANDS = (list_command, show_command, export_command, actors_command)
