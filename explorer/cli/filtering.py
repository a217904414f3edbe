"""Command-line filter options read into a query filter, each part saying on stderr how it was read."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import click

from explorer.cli.common import say


@dataclass
class ReadFilter:
    """The query filter, and each option's part alone (to say which one left nothing)."""

    flt: Any
    parts: list[tuple[str, Any]] = field(default_factory=list)
    """(how the option reads, a filter of that option alone)."""
    rejected: int = 0
    """Rejected incidents left out (no --status was given)."""

    def describe(self) -> str:
        """Every part as read, for a heading or a message: "dates 19 Jun in every year; actor …"."""
        left_out = [f"{self.rejected} rejected incident{'s' if self.rejected != 1 else ''} left out"]
        return "; ".join([label for label, _ in self.parts] + (left_out if self.rejected else []))


def _date_part(db: Any, date_from: str | None, date_to: str | None, date_on: str | None) -> tuple[str, Any] | None:
    from db import queries
    from explorer.query.dates import DateQueryError, read_date_query
    from explorer.query.windows import intersect, with_windows

    span = queries.date_span(db)
    years = range(span[0].year, span[1].year + 1) if span else range(0)
    windows: tuple[tuple[date, date], ...] | None = None
    said: list[str] = []
    try:
        if date_on:
            on = read_date_query(date_on)
            windows = on.windows(years)
            said.append(f"--on {date_on!r}: {on.describe()}")
        if date_from or date_to:
            bounds = read_date_query(f"{date_from or ''}..{date_to or ''}")
            windows = bounds.windows(years) if windows is None else intersect(windows, bounds.windows(years))
            said.append(f"--from/--to: {bounds.describe()}")
    except DateQueryError as error:
        raise click.BadParameter(str(error), param_hint="date") from error
    if windows is None:
        return None
    label = "dates " + ", ".join(said)
    if span and len(years) > 1 and any(":" in s and "every year" in s for s in said):
        label += f" ({years.start}–{years.stop - 1})"
    return label, with_windows(queries.IncidentFilter(), windows)


def _actor_part(db: Any, query: str) -> tuple[str, Any]:
    from db import queries
    from explorer.query.actors import rank_actors

    everyone = [(a.id, a.name, a.aliases) for a in queries.actor_summaries(db)]
    ranked = rank_actors(query, everyone)
    if not ranked:
        label = f"actor {query!r}: no actor is named like that (`incidents actors` lists them)"
    else:
        names = [name for _id, name, _score in ranked]
        more = f" and {len(names) - 3} more" if len(names) > 3 else ""
        label = f"actor {query!r}: " + ", ".join(names[:3]) + more
    ids = tuple(i for i, _name, _score in ranked)
    return label, queries.IncidentFilter(actor_sets=(ids,))


@dataclass(frozen=True)
class ReviewOptions:
    """The review filters a command was given: statuses, tags, starred, the review queue."""

    statuses: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    starred: bool = False
    queue: bool = False


def _review_parts(review: ReviewOptions) -> list[tuple[str, Any]]:
    from db import queries
    from explorer.review.model import ReviewError, read_status, read_tag

    try:
        statuses = tuple(dict.fromkeys(read_status(s) for s in review.statuses))
        tags = tuple(dict.fromkeys(read_tag(t) for t in review.tags))
    except ReviewError as error:
        raise click.BadParameter(str(error), param_hint="--status/--tag") from error
    parts: list[tuple[str, Any]] = []
    if statuses:
        parts.append((f"status {', '.join(statuses)}", queries.IncidentFilter(statuses=statuses)))
    parts.extend((f"tag {tag!r}", queries.IncidentFilter(tags=(tag,))) for tag in tags)
    if review.starred:
        parts.append(("starred", queries.IncidentFilter(starred=True)))
    if review.queue:
        parts.append(("review queue", queries.IncidentFilter(queue=True)))
    return parts


def read_filter(db: Any, date_from: str | None, date_to: str | None, date_on: str | None,
                actors: tuple[str, ...], kinds: tuple[str, ...], text: str, review: ReviewOptions | None = None,
                *, tell: bool = True) -> ReadFilter:  # fmt: skip
    """Turn filter options into one query filter, with a clear error for a bad value.

    With ``tell``, each option is said on stderr as it was read (the dates it means, the actors
    it matched), so a surprising result can be traced to its cause.
    """
    from db import queries

    parts: list[tuple[str, Any]] = []
    dated = _date_part(db, date_from, date_to, date_on)
    if dated:
        parts.append(dated)
    parts.extend(_actor_part(db, query) for query in actors)
    if kinds:
        known = {k for k, _n in queries.kinds(db)}
        wanted = tuple(dict.fromkeys(k.strip().lower() for k in kinds))
        for kind in wanted:
            if known and kind not in known:
                raise click.BadParameter(
                    f"unknown kind {kind!r}; known kinds: {', '.join(sorted(known))}", param_hint="--kind"
                )
        parts.append((f"kind {', '.join(wanted)}", queries.IncidentFilter(kinds=wanted)))
    if text.strip():
        parts.append((f"search {text.strip()!r}", queries.IncidentFilter(text=text)))
    parts.extend(_review_parts(review or ReviewOptions()))
    flt = queries.IncidentFilter()
    for _label, part in parts:
        flt = replace(
            flt,
            date_from=part.date_from or flt.date_from,
            date_to=part.date_to or flt.date_to,
            date_windows=part.date_windows or flt.date_windows,
            actor_sets=flt.actor_sets + part.actor_sets,
            kinds=part.kinds or flt.kinds,
            text=part.text or flt.text,
            statuses=part.statuses or flt.statuses,
            tags=flt.tags + part.tags,
            starred=part.starred or flt.starred,
            queue=part.queue or flt.queue,
        )
    hidden = 0 if flt.statuses else queries.count_incidents(db, replace(flt, statuses=("rejected",)))
    if tell:
        for label, _part in parts:
            say(f"filter: {label}")
        if hidden:
            verb = "s are" if hidden != 1 else " is"
            say(f"filter: {hidden} rejected incident{verb} left out (--status rejected shows them)")
    return ReadFilter(flt, parts, hidden)


def say_nothing_matched(db: Any, read: ReadFilter, where: str) -> None:
    """Why a listing is empty: an empty database, or which filters leave nothing (with each one's count alone)."""
    from db import queries

    if queries.incident_total(db) == 0:
        say(f"{where} holds no incidents yet; import articles with `incidents import PATH`")
        return
    if not read.parts:
        say("no incidents match")
        return
    counts = [(label.split(":")[0], queries.count_incidents(db, part)) for label, part in read.parts]
    alone = ", ".join(f"{label}: {count}" for label, count in counts)
    if len(counts) == 1:
        say(f"no incidents match {counts[0][0]}; the database holds {queries.incident_total(db)} incidents")
    else:
        say(f"no incidents match all of these filters together; each alone matches {alone}")
