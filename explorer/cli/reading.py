"""Commands that read: ``list``, ``show``, ``export`` and ``actors``. They open the database read-only."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from explorer.cli.common import choose_db, db_option, open_for_reading
from explorer.cli.filtering import ReviewOptions, read_filter, say_nothing_matched
from explorer.cli.reviewing import INCIDENT

F = TypeVar("F", bound=Callable[..., Any])


def filter_options(func: F) -> F:
    """Options that narrow a listing; they combine."""
    options = [
        click.option(
            "--from", "date_from", metavar="DATE", help="On or after this date (2018-06-15, jun 2018, june 15 2018)."
        ),
        click.option(
            "--to", "date_to", metavar="DATE", help="On or before this date (a year-less one takes --from's year)."
        ),
        click.option(
            "--on",
            "date_on",
            metavar="DATE",
            help="Within this day, month or range (2018-06-15..2018-07-01); without a year (june 19, last week of"
            " july) the same days in every year.",
        ),
        click.option("--actor", "actors", multiple=True, metavar="NAME", help="Involving an actor, matched fuzzily."),
        click.option(
            "--kind", "kinds", multiple=True, metavar="KIND", help="Of this kind (protest, arrest, …; any case)."
        ),
        click.option(
            "--search", "text", default="", metavar="WORDS", help="Full-text search in titles, quotes, actors."
        ),
        click.option(
            "--status", "statuses", multiple=True, metavar="STATUS",
            help="Review status: unreviewed, verified, disputed, rejected (rejected ones are left out otherwise).",
        ),
        click.option("--tag", "tags", multiple=True, metavar="TAG", help="Carrying this tag (repeat: all of them)."),
        click.option("--starred", is_flag=True, help="Only starred incidents."),
        click.option(
            "--queue", is_flag=True,
            help="Only incidents to check: sources disagree on the date, the date is after a source appeared, one"
            " source with an estimated date, or a reviewed incident that lost its passages.",
        ),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


def _echo_lines(lines: Iterator[str]) -> None:
    for line in lines:
        click.echo(line, nl=False)


@click.command("list")
@filter_options
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(min=1, max=10**9), default=None, help="Show at most this many.")
@db_option
def list_command(date_from: str | None, date_to: str | None, date_on: str | None, actors: tuple[str, ...],
                 kinds: tuple[str, ...], text: str, statuses: tuple[str, ...], tags: tuple[str, ...], starred: bool,
                 queue: bool, fmt: str, limit: int | None, db_path: Path | None) -> None:  # fmt: skip
    """List incidents in date order."""
    from itertools import islice

    from db import queries
    from explorer.output import export
    from explorer.output.formatting import format_when
    from explorer.output.review import STATUS_MARKS
    from explorer.output.textsafe import clean_line, neutralise

    db = open_for_reading(db_path)
    read = read_filter(
        db, date_from, date_to, date_on, actors, kinds, text, ReviewOptions(statuses, tags, starred, queue)
    )
    incidents = islice(queries.iter_incidents(db, read.flt), limit)
    if fmt == "jsonl":
        _echo_lines(export.to_jsonl(incidents))
        return
    if fmt == "csv":
        _echo_lines(export.to_csv(incidents))
        return
    shown = 0
    width = shutil.get_terminal_size((120, 24)).columns
    if sys.stdout.isatty():
        click.echo(click.style(f"{'id':>5}    {'date':<26} {'kind':<13} {'src':>3}  title", bold=True))
    for incident in incidents:
        when = format_when(incident.date_start, incident.date_end, incident.precision)
        sources = len({e.document_id for e in incident.evidence})
        title = neutralise(clean_line(incident.title))
        status = incident.review.status if incident.review else "unreviewed"
        mark = STATUS_MARKS[status] + ("★" if incident.review and incident.review.starred else " ")
        line = f"{incident.id:>5} {mark} {when:<26} {incident.kind:<13} {sources:>3}  {title}"
        if sys.stdout.isatty() and len(line) > width:  # a terminal gets one line an incident; a pipe the whole title
            line = line[: width - 1] + "…"
        click.echo(line)
        shown += 1
    if shown == 0:
        say_nothing_matched(db, read, str(choose_db(db_path).path))


@click.command("show")
@click.argument("incident_id", type=INCIDENT)
@db_option
def show_command(incident_id: int, db_path: Path | None) -> None:
    """Show one incident: date and how it was read, actors, and every passage that reports it."""
    from db import queries
    from explorer.output.formatting import format_when
    from explorer.output.provenance import disagreements, reported_before_it_happened, shown_date, sources_of
    from explorer.output.review import review_lines
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
    for fact in review_lines(incident.review):
        click.echo(fact)
    readings = disagreements(incident)
    if readings:
        click.echo(click.style("sources disagree on the date:", fg="red"))
    for when, who in readings.items():
        click.echo(f"  {when}: {line('; '.join(who))}")
    for source in reported_before_it_happened(incident):
        click.echo(click.style(f"check: {line(source.name)} was published before that date", fg="red"))
    sources = sources_of(incident)
    click.echo(f"{len(sources)} source{'s' if len(sources) != 1 else ''}, first published first:")
    for rank, source in enumerate(sources, start=1):
        click.echo("")
        heading = " · ".join(
            part for part in (
                f"[{rank}] {line(source.outlet or source.file_name)}", shown_date(source), line(source.url),
                line(source.file_name) if source.outlet else "",
            ) if part
        )  # fmt: skip
        click.echo(click.style(heading, fg="cyan", bold=True))
        if source.title:
            click.echo(f"    “{line(source.title)}”")
        for e in source.passages:
            where = (
                f"evidence {e.id} · " + (f"p. {e.page} " if e.page else "") + f"[{e.start}:{e.end}]"
                + ("" if e.is_dated else " · follow-up")
            )  # fmt: skip
            quote = click.style(line(e.quote), fg="yellow", bold=True)
            click.echo(f"  {where} …{line(e.context_before)} {quote} {line(e.context_after)}…")


@click.command("export")
@filter_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "md"]), default="jsonl", show_default=True)
@click.option(
    "-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="File to write (default: stdout)."
)
@db_option
def export_command(date_from: str | None, date_to: str | None, date_on: str | None, actors: tuple[str, ...],
                   kinds: tuple[str, ...], text: str, statuses: tuple[str, ...], tags: tuple[str, ...],
                   starred: bool, queue: bool, fmt: str, output: Any, db_path: Path | None) -> None:  # fmt: skip
    """Export incidents: JSON Lines (every field), CSV, or a Markdown chronology with citations."""
    from db import queries
    from explorer.output import export

    db = open_for_reading(db_path)
    read = read_filter(
        db, date_from, date_to, date_on, actors, kinds, text, ReviewOptions(statuses, tags, starred, queue)
    )
    if queries.count_incidents(db, read.flt) == 0:
        say_nothing_matched(db, read, str(choose_db(db_path).path))
        raise SystemExit(1)
    incidents = queries.iter_incidents(db, read.flt)
    if fmt == "md":
        generated = f"{datetime.now():%Y-%m-%d %H:%M} from {choose_db(db_path).path}"
        chunks = export.to_markdown(incidents, filters=read.describe(), generated=generated)
    else:
        chunks = (export.to_jsonl if fmt == "jsonl" else export.to_csv)(incidents)
    for chunk in chunks:
        output.write(chunk)


@click.command("actors")
@click.option("--search", default="", metavar="NAME", help="Only actors matching this name (fuzzy).")
@click.option("--limit", type=click.IntRange(min=1, max=10**9), default=None)
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
