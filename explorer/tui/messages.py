"""Messages the explorer's workers and keys post to it: loads that arrived or failed, totals, a key settled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from textual.message import Message
from textual.widget import Widget

from db import queries

MAX_MARKER_ROUNDS = 20
"""How many times a key's marker goes round busy queues before the key counts as handled."""


@dataclass
class Loaded(Message):
    """A filter's date groups arrived from the worker."""

    token: int
    flt: queries.IncidentFilter
    groups: list[queries.DateGroup]
    keep: int | None
    complete: bool = True
    head: list[queries.IncidentRow] | None = None
    articles: queries.ArticleMatches | None = None
    rejected: int = 0
    """Rejected incidents the filters leave out."""


@dataclass
class LoadFailed(Message):
    """A filter's load stopped without results (interrupted, or the database failed)."""

    token: int
    flt: queries.IncidentFilter | None = None
    keep: int | None = None
    retried: bool = False
    """True when this was already the second try."""


@dataclass
class Totals(Message):
    """Archive-wide figures arrived from the worker."""

    total: int
    span: tuple[date, date] | None
    rejected: int = 0


@dataclass
class KeySettled(Message):
    """Posted behind a key to the widget it went to; it follows the key up through the same queues.

    What a key sets off (an input's Submitted, the prompt's own message) is posted after this
    marker, so the marker goes round again until every queue between the widget and the app is
    empty, and once more through the app's own queue; then the key has been handled.
    """

    target: Widget
    rounds: int = 0
    through_app: bool = False


@dataclass
class ActorsLoaded(Message):
    """Every actor with its incident count, read by the worker."""

    actors: list[queries.ActorSummary]
