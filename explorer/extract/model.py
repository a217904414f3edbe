"""Frozen value types produced by the extraction stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

PRECISIONS = ("day", "week", "month", "range", "year")


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` of a text."""

    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """A sentence with its exact offsets and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class DateExpr:
    """A date expression found in a text, resolved to an inclusive interval.

    ``kind`` is ``absolute`` (the text names the date), ``relative`` (it needs the
    document date or the narrative date), or ``duration`` (a length of time: a claim
    about the event, never its date; ``date_start``/``date_end`` are then ``None``).
    """

    start: int
    end: int
    text: str
    date_start: date | None
    date_end: date | None
    precision: str
    kind: str
    bound: bool = False
    """True when the words make the date a bound of the event ("before June 17", "since March")."""
    of_day: bool = False
    """True for a time of day ("this morning", "at 10 p.m."): it places the event within a day."""

    @property
    def is_date(self) -> bool:
        """True when the expression places something in time (not a duration)."""
        return self.date_start is not None and self.date_end is not None


@dataclass(frozen=True)
class ActorMention:
    """An actor named in a text: a person, an organisation or a group."""

    name: str
    kind: str
    start: int
    end: int
    surface: str
    title: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """One passage that states an incident, with the date words it contains."""

    start: int
    end: int
    quote: str
    date_text: str | None
    date_start: date | None
    date_end: date | None
    precision: str | None
    is_dated: bool
    durations: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """One incident as one document tells it: a dated passage plus follow-ups."""

    date_start: date
    date_end: date
    precision: str
    date_note: str
    title: str
    kind: str
    location: str | None
    actors: tuple[ActorMention, ...]
    evidence: tuple[Evidence, ...]
    terms: tuple[str, ...] = field(default_factory=tuple)
    context_actors: tuple[ActorMention, ...] = ()
    """People and bodies named around the passage (its paragraph): shown with the incident, not compared."""


@dataclass(frozen=True)
class PublishedDate:
    """A document's publication date and how it was found."""

    value: date | None
    source: str
    note: str = ""
    latest: date | None = None
    """The last day it can be, when the text only bounds the date (``value`` is then the first)."""


@dataclass(frozen=True)
class DocumentExtraction:
    """Everything extraction found in one document."""

    published: PublishedDate
    mentions: tuple[Mention, ...]
    actors: tuple[ActorMention, ...]
