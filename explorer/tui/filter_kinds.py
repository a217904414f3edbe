"""The kinds of filter — text, date, actor, kind, review — each one object that reads what is typed,
previews it (a message and suggestions), makes its chip, and narrows the query with it.

``FilterKinds`` holds one of each over a database, with what they share between keystrokes (the
actor list, the archive's years); ``combine`` turns chips into one query filter. No Textual here:
the prompt shows a ``Reading``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import ClassVar

import sqlite_utils
from rich.text import Text

from db import queries, review
from db.queries import IncidentFilter
from explorer.output.textsafe import neutralise
from explorer.query.windows import intersect, with_windows
from explorer.tui.filters import Chip

ALL_MATCHES = "actors:all"
MIN_SEARCH = 2  # one letter matches a third of a large archive and tells the reader nothing


@dataclass(frozen=True)
class Reading:
    """What a typed value makes: its chip (or None), the line above the input, and the suggestions."""

    chip: Chip | None
    message: str
    error: bool = False
    options: Sequence[tuple[str, Text]] | None = None
    """Suggestions as (id, label); None leaves the list as it is (the user is moving through it)."""


class Shared:
    """What the kinds keep between keystrokes: the actor list and the archive's years."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self.actors: list[queries.ActorSummary] | None = None
        self.span: range | None = None

    def years(self) -> range:
        """The years the archive's incidents fall in (a date without a year applies to each)."""
        if self.span is None:
            span = queries.date_span(self.db)
            self.span = range(span[0].year, span[1].year + 1) if span else range(0)
        return self.span

    def choices(self) -> list[tuple[int, str, tuple[str, ...]]]:
        """Actors as (id, name, aliases): named people and organisations before generic groups."""
        if self.actors is None:
            self.actors = queries.actor_summaries(self.db)
        # Among equally good matches the ranking keeps this order, so "protesters" comes after names.
        named = sorted(self.actors, key=lambda a: a.kind == "group")
        return [(a.id, a.name, a.aliases) for a in named]

    def ranked(self, value: str) -> list[tuple[int, str, float]]:
        """Actors matching ``value``, best first (all of them, most involved first, for an empty value)."""
        from explorer.query.actors import rank_actors  # loaded on first use, like the date reader

        choices = self.choices()
        if not value:
            return [(i, n, 0.0) for i, n, _a in choices]
        return rank_actors(value, choices)

    def actor(self, actor_id: int) -> queries.ActorSummary | None:
        """One actor of the list."""
        return next((a for a in self.actors or [] if a.id == actor_id), None)


class FilterKind:
    """One kind of filter: reads a typed value into a chip, and narrows a query filter with a chip."""

    name: ClassVar[str]
    prompt: ClassVar[str]
    """What the prompt says when it opens."""
    suggests: ClassVar[bool] = False
    """True when the prompt opens with a list to choose from."""
    holds_timeline: ClassVar[bool] = False
    """True when a half-typed value that makes no chip leaves the timeline as it is (a date, one letter)."""

    def __init__(self, shared: Shared) -> None:
        self.shared = shared

    def read(self, value: str, option: str | None) -> Reading:
        """What the typed value (and the highlighted suggestion, if any) makes."""
        raise NotImplementedError

    def picked(self, option: str) -> Chip | None:
        """The chip one suggestion makes."""
        return None

    @staticmethod
    def apply(flt: IncidentFilter, chip: Chip) -> IncidentFilter:
        """``flt`` narrowed by one of this kind's chips (chips of every kind combine with AND)."""
        raise NotImplementedError


class TextKind(FilterKind):
    """Words searched in titles, quotes, actors and the articles themselves."""

    name, prompt, holds_timeline = "text", "search", True

    def read(self, value: str, option: str | None) -> Reading:
        value = value.strip()
        if len(value) < MIN_SEARCH:
            return Reading(None, f"search — type at least {MIN_SEARCH} characters" if value else "search")
        return Reading(Chip("text", value, text=value), "search — enter to keep, esc to close")

    @staticmethod
    def apply(flt: IncidentFilter, chip: Chip) -> IncidentFilter:
        return replace(flt, text=" ".join(w for w in (flt.text, chip.text) if w.strip()))  # words join into one search


class DateKind(FilterKind):
    """A day, a month, a range or a week, with or without a year."""

    name, holds_timeline = "date", True
    prompt = "date (2018-06-19 · june 19 · jun 2018 · a..b · last week of july)"

    def read(self, value: str, option: str | None) -> Reading:
        # Loaded on first use: start-up imports only what the first screen needs.
        from explorer.query.dates import DateQueryError, read_date_query

        value = value.strip()
        if not value:
            return Reading(None, self.prompt)
        try:
            query = read_date_query(value)
        except DateQueryError as error:
            return Reading(None, str(error), error=True)
        years = self.shared.years()
        message = query.describe()
        if query.any_year:
            message += f", {years.start}–{years.stop - 1}" if years else " (no dated incidents yet)"
        return Reading(Chip("date", query.label(), windows=query.windows(years)), message)

    @staticmethod
    def apply(flt: IncidentFilter, chip: Chip) -> IncidentFilter:
        before = _windows(flt)  # two date chips: the days both allow
        return with_windows(flt, chip.windows if before is None else intersect(before, chip.windows))


def _windows(flt: IncidentFilter) -> tuple[tuple[date, date], ...] | None:
    if flt.date_windows:
        return flt.date_windows
    if flt.date_from is None and flt.date_to is None:
        return None
    return ((flt.date_from or date.min, flt.date_to or date.max),)


class ActorKind(FilterKind):
    """An actor picked from a ranked list, or every actor the words match."""

    name, prompt, suggests = "actor", "actor", True

    def read(self, value: str, option: str | None) -> Reading:
        value = value.strip()
        message = "actor — up/down to choose, enter to keep" if value else "actor — type a name"
        options = None if option is not None else self._options(value)
        if option == ALL_MATCHES:
            ids = tuple(i for i, _n, _s in self.shared.ranked(value))
            chip = Chip("actor", f"{value} (all {len(ids)})", actor_ids=ids) if ids else None
            return Reading(chip, message, options=options)
        top = self.shared.ranked(value)[:1] if value else []
        chosen = option or (f"actor:{top[0][0]}" if top else None)
        return Reading(self.picked(chosen) if chosen else None, message, options=options)

    def _options(self, value: str) -> list[tuple[str, Text]]:
        ranked = self.shared.ranked(value)
        options = [(f"actor:{i}", self._label(i)) for i, _n, _s in ranked[:8]]
        if value and len(ranked) > 1:  # one chip for every actor the words match
            options.append((ALL_MATCHES, Text(f"all {len(ranked)} matches for “{neutralise(value)}”", "italic")))
        return options

    def _label(self, actor_id: int) -> Text:
        actor = self.shared.actor(actor_id)
        if actor is None:
            return Text("")
        also = ", ".join(a for a in actor.aliases if a != actor.name)[:60]
        label = Text(neutralise(actor.name), style="bold")
        label.append(f"  {actor.kind} · {actor.incidents} incident{'s' if actor.incidents != 1 else ''}", style="dim")
        if also:
            label.append(f" · also {neutralise(also)}", style="dim italic")
        return label

    def picked(self, option: str) -> Chip | None:
        actor = self.shared.actor(int(option.partition(":")[2])) if option.startswith("actor:") else None
        return Chip("actor", actor.name, actor_ids=(actor.id,)) if actor else None

    @staticmethod
    def apply(flt: IncidentFilter, chip: Chip) -> IncidentFilter:
        return replace(flt, actor_sets=(*flt.actor_sets, chip.actor_ids))  # each actor chip must hold


class KindKind(FilterKind):
    """An incident kind (protest, arrest, …), with its count."""

    name, prompt, suggests = "kind", "kind", True

    def read(self, value: str, option: str | None) -> Reading:
        kinds = [(k, n) for k, n in queries.kinds(self.shared.db) if value.strip().lower() in k]
        options = None if option is not None else [(f"kind:{k}", Text(f"{k}  ({n})")) for k, n in kinds]
        chosen = option or (f"kind:{kinds[0][0]}" if value.strip() and kinds else None)
        return Reading(
            self.picked(chosen) if chosen else None, "kind — up/down to choose, enter to keep", options=options
        )

    def picked(self, option: str) -> Chip | None:
        kind = option.partition(":")[2]
        return Chip("kind", kind, kinds=(kind,)) if option.startswith("kind:") and kind else None

    @staticmethod
    def apply(flt: IncidentFilter, chip: Chip) -> IncidentFilter:
        kinds = chip.kinds if not flt.kinds else tuple(k for k in flt.kinds if k in chip.kinds)
        return replace(flt, kinds=kinds or ("\x00none",))


class ReviewKind(FilterKind):
    """The user's review: a status, starred, a tag, or the queue of incidents whose dates need checking."""

    name, prompt, suggests = "review", "review (status, star, tag, queue)", True

    def read(self, value: str, option: str | None) -> Reading:
        found = self._options(value)
        options = None if option is not None else [(i, label) for i, label, _chip in found]
        chosen = option or (found[0][0] if value.strip() and found else None)
        return Reading(self.picked(chosen) if chosen else None, "review — up/down to choose, enter to keep",
                       options=options)  # fmt: skip

    def _options(self, value: str) -> list[tuple[str, Text, Chip]]:
        counts = review.status_counts(self.shared.db)
        options: list[tuple[str, Text, Chip]] = []
        for status in review.STATUSES:
            chip = Chip("review", status, review=IncidentFilter(statuses=(status,)))
            options.append((f"review:status:{status}", Text(f"{status}  ({counts[status]})"), chip))
        starred = Chip("review", "starred", review=IncidentFilter(starred=True))
        options.append(("review:starred", Text(f"starred  ({counts['starred']})"), starred))
        queue = Chip("review", "to check", review=IncidentFilter(queue=True))
        options.append(("review:queue", Text("to check: dates that disagree or come after a source, estimated"
                                             " single sources, orphaned"), queue))  # fmt: skip
        for tag, count in review.tag_counts(self.shared.db):
            chip = Chip("review", f"tag {tag}", review=IncidentFilter(tags=(tag,)))
            options.append((f"review:tag:{tag}", Text(f"tag: {neutralise(tag)}  ({count})"), chip))
        wanted = value.strip().lower()
        return [o for o in options if wanted in o[0].lower() or wanted in o[1].plain.lower()]

    def picked(self, option: str) -> Chip | None:
        return next((chip for i, _label, chip in self._options("") if i == option), None)

    @staticmethod
    def apply(flt: IncidentFilter, chip: Chip) -> IncidentFilter:
        # Statuses narrow (and a chip asking for rejected ones shows them); tags and the star add up.
        wanted = chip.review or IncidentFilter()
        if wanted.statuses:
            statuses = wanted.statuses if not flt.statuses else tuple(s for s in flt.statuses if s in wanted.statuses)
            flt = replace(flt, statuses=statuses or ("\x00none",))
        return replace(flt, tags=flt.tags + wanted.tags, starred=flt.starred or wanted.starred,
                       queue=flt.queue or wanted.queue)  # fmt: skip


KINDS: dict[str, type[FilterKind]] = {k.name: k for k in (TextKind, DateKind, ActorKind, KindKind, ReviewKind)}


def combine(chips: Sequence[Chip], text_actor_ids: tuple[int, ...] = ()) -> IncidentFilter:
    """Every chip at once: dates intersect, actor chips must all hold, words join into one search."""
    flt = IncidentFilter()
    for chip in chips:
        flt = KINDS[chip.kind].apply(flt, chip)
    return replace(flt, text_actor_ids=text_actor_ids if flt.text else ())


class FilterKinds:
    """One of each kind over a database: what the explorer's filter prompt asks."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.shared = Shared(db)
        self.kinds = {name: kind(self.shared) for name, kind in KINDS.items()}

    def __getitem__(self, name: str) -> FilterKind:
        return self.kinds[name]

    def read(self, name: str, value: str, option: str | None) -> Reading:
        """What a value typed into one kind's prompt makes."""
        return self.kinds[name].read(value, option)

    def chip_for(self, option: str) -> Chip | None:
        """The chip a suggestion's id makes ("review:queue", "kind:protest", "actor:12")."""
        return self.kinds[option.partition(":")[0]].picked(option)

    def ranked(self, value: str) -> list[tuple[int, str, float]]:
        """Actors matching the words (a search also finds incidents of actors named like them)."""
        return self.shared.ranked(value)

    def use(self, actors: list[queries.ActorSummary]) -> None:
        """Take the actor list read elsewhere (a worker), so typing never waits for it."""
        self.shared.actors = actors

    def forget(self, actors: bool = True) -> None:
        """Drop what was cached (the database changed); the actor list too, unless ``actors`` is False."""
        if actors:
            self.shared.actors = None
        self.shared.span = None
