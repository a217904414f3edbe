"""Which mentions report one incident, and what the incident says when its reports disagree.

Two mentions are the same incident when their dates meet (with a tolerance that depends on
precision), their actors overlap and their words agree. The test looks at the two mentions alone
and is symmetric, so the incidents of a corpus are the connected groups of mentions that pass it:
the same groups whatever order the articles were imported in, in one command or in several.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from functools import cached_property

from rapidfuzz import fuzz

from explorer.extract.events import MAIN_EVENT_MARK
from explorer.extract.titles import title_quality

PRECISION_RANK = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4}
# Weights of the evidence that two mentions are one event, from a logistic fit on labelled pairs of
# the development corpus and the sample (left-out stories kept the same ranking), rounded.
MERGE_THRESHOLD = 0.28
_W_TERMS, _W_KIND, _W_NAMED, _W_GROUPS = 0.44, 0.24, 0.09, 0.17
_W_SAME_DAY, _W_NEAR_DAY, _W_COARSE, _W_SAME_DOCUMENT = 0.07, 0.03, 0.12, 0.15
_W_SAME_EVENT, _W_OTHER_EVENT = 0.1, 0.2
ALIAS_SEP, ACTOR_SEP, KIND_SEP = "\x1f", "\x1e", "\x1d"
_NEAR_MIN_LENGTH = 5  # shorter words are never near spellings of others
_NEAR_PREFIX = 3  # near spellings of a long word share its opening


@dataclass(frozen=True)
class MentionFacts:
    """What merging needs to know of one mention, stored or just extracted.

    ``actors`` holds one set of folded names per named actor (a person or an organisation: its
    canonical name and the aliases the document used), ``groups`` the same for generic groups
    ("protesters", "police"); ``document`` is a stable key of the document (its text's hash).
    """

    document: str
    ordinal: int
    date_start: date
    date_end: date
    precision: str
    kind: str
    actors: tuple[frozenset[str], ...]
    terms: frozenset[str]
    groups: tuple[frozenset[str], ...] = ()

    @cached_property
    def compared(self) -> tuple[object, ...]:
        """Everything ``same_incident`` reads of it: mentions equal here (a passage a document
        repeats) get the same answer against any other mention."""
        # Never its place in the document: that is all copies of a passage differ in.
        return tuple(getattr(self, f.name) for f in fields(self) if f.name != "ordinal")

    @cached_property
    def event(self) -> str | None:
        """The event the mention's dated clause tells, from its marked term."""
        return next((t[1:] for t in self.terms if t.startswith(MAIN_EVENT_MARK)), None)

    @cached_property
    def content(self) -> frozenset[str]:
        """Its terms without the marked event."""
        return frozenset(t for t in self.terms if not t.startswith(MAIN_EVENT_MARK))

    @cached_property
    def keys(self) -> frozenset[str]:
        """Its content terms and the openings of its long ones: two mentions that share none of
        these share no word, not even a near spelling, so they cannot be one event."""
        return self.content | {t[:_NEAR_PREFIX] for t in self.content if len(t) >= _NEAR_MIN_LENGTH}


def actor_key(name: str) -> str:
    """A comparison key for an actor name: case and trailing plural folded."""
    key = " ".join(name.lower().replace("’", "'").split())
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _encode_groups(groups: Iterable[Iterable[str]]) -> str:
    return ACTOR_SEP.join(ALIAS_SEP.join(sorted({actor_key(n) for n in group if n})) for group in groups)


def encode_actor_keys(named: Iterable[Iterable[str]], groups: Iterable[Iterable[str]] = ()) -> str:
    """Named actors' and generic groups' names as one stored string (names folded with ``actor_key``)."""
    return _encode_groups(named) + KIND_SEP + _encode_groups(groups)


def _decode_groups(stored: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(group.split(ALIAS_SEP)) for group in stored.split(ACTOR_SEP) if group)


def decode_actor_keys(stored: str) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
    """The (named actors, generic groups) ``encode_actor_keys`` stored."""
    named, _, groups = stored.partition(KIND_SEP)
    return _decode_groups(named), _decode_groups(groups)


def dates_meet(a_start: date, a_end: date, a_precision: str, b_start: date, b_end: date, b_precision: str) -> bool:
    """Intervals that could name the same day: one day of slack between two day-precise dates."""
    slack = timedelta(days=1 if a_precision == b_precision == "day" else 0)
    return a_start <= b_end + slack and b_start <= a_end + slack


def _nested(a: str, b: str) -> bool:
    """One name standing whole inside the other ("occupy ice" in "occupy ice pdx", "ice" in "portland ice")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return short != long and f" {short} " in f" {long} "


def _actor_match(a: frozenset[str], b: frozenset[str]) -> float:
    """1 when two actors share a name, 0.6 when a name of one sits inside a name of the other."""
    if a & b:
        return 1.0
    return 0.6 if any(_nested(x, y) for x in a for y in b) else 0.0


def _one_way(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> float:
    return sum(max((_actor_match(x, y) for y in b), default=0.0) for x in a)


def actor_similarity(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> float:
    """How far two mentions' actors overlap, 0–1, the same whichever comes first."""
    if not a or not b:
        return 0.0
    return min(1.0, max(_one_way(a, b), _one_way(b, a)) / min(len(a), len(b)))


def _covered(small: frozenset[str], large: frozenset[str]) -> float:
    hits = len(small & large)
    for term in small - large:
        if len(term) >= _NEAR_MIN_LENGTH and any(
            fuzz.ratio(term, other) >= 88 for other in large if abs(len(other) - len(term)) <= 2
        ):
            hits += 1  # a near spelling of a longer word; short words are not typos of others
    return hits / len(small)


def term_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller term set found in the other (near spellings count), the same either way."""
    if not a or not b:
        return 0.0
    if len(a) != len(b):
        small, large = (a, b) if len(a) < len(b) else (b, a)
        return _covered(small, large)
    return max(_covered(a, b), _covered(b, a))


def match_score(a: MentionFacts, b: MentionFacts) -> float:
    """How strongly two mentions look like one event (0 when their dates cannot meet).

    What happened counts most (the words, the kind of event), then who (named actors, groups);
    a date that is not the same day, and two passages of one article, need more to agree.
    """
    if not dates_meet(a.date_start, a.date_end, a.precision, b.date_start, b.date_end, b.precision):
        return 0.0
    if a.keys.isdisjoint(b.keys):
        return 0.0  # no word in common (see below): decided without weighing the rest
    both_days = a.precision == b.precision == "day"
    if both_days and a.kind == b.kind == "statement" and a.date_start != b.date_start:
        return 0.0  # a statement is made on one day: the next day's is a reply or a rebuttal
    score = (
        _W_KIND * _kind_agreement(a.kind, b.kind)
        + _W_NAMED * actor_similarity(a.actors, b.actors)
        + _W_GROUPS * actor_similarity(a.groups, b.groups)
        + (_W_SAME_DAY if both_days and a.date_start == b.date_start else 0.0)
        - (_W_NEAR_DAY if both_days and a.date_start != b.date_start else 0.0)
        - _coarse_penalty(a.precision, b.precision)
        - (_W_SAME_DOCUMENT if a.document == b.document else 0.0)
    )
    event_a, event_b = main_event_of(a), main_event_of(b)
    if event_a and event_b and event_a == event_b:
        score += _W_SAME_EVENT
    elif event_a and event_b and "say" not in (event_a, event_b) and not (both_days and _tell_each_other(a, b)):
        score -= _W_OTHER_EVENT  # they tell different things that happened
    if score + _W_TERMS < MERGE_THRESHOLD:
        return score  # even identical words could not make this a match: skip comparing them
    words = term_similarity(a.content, b.content)
    if words == 0:
        return 0.0  # two reports of one event share at least a word of what happened
    return score + _W_TERMS * words


def _kind_agreement(a: str, b: str) -> float:
    """1 for the same kind, half when one mention's kind is unknown ("other"), 0 for two different kinds."""
    if a == b:
        return 0.0 if a == "other" else 1.0
    return 0.5 if "other" in (a, b) else 0.0


def _tells(facts: MentionFacts, event: str | None) -> bool:
    """True when a mention's words include an event (a family or a stem): "hit by an earthquake" tells the earthquake."""
    return event is not None and (event in facts.terms or "§" + event in facts.terms)


def _tell_each_other(a: MentionFacts, b: MentionFacts) -> bool:
    """True when either mention's words hold the other's main event (one event told with another verb)."""
    return _tells(a, main_event_of(b)) or _tells(b, main_event_of(a))


def _coarse_penalty(a_precision: str, b_precision: str) -> float:
    """Less agreement from a date that is not a day: half for a week or a few days, whole for a month or more."""
    worst = max(PRECISION_RANK[a_precision], PRECISION_RANK[b_precision])
    if worst == PRECISION_RANK["day"]:
        return 0.0
    return _W_COARSE


def main_event_of(facts: MentionFacts) -> str | None:
    """The event a mention's dated clause tells, from its marked term."""
    return facts.event


def same_incident(a: MentionFacts, b: MentionFacts) -> bool:
    """True when two mentions report one incident. Symmetric, and a function of the two alone."""
    return match_score(a, b) >= MERGE_THRESHOLD


@dataclass(frozen=True)
class Report:
    """One mention as the incident's summary weighs it."""

    document: str
    ordinal: int
    published: date | None
    date_start: date
    date_end: date
    precision: str
    date_note: str
    title: str
    kind: str
    location: str | None
    stated: bool = True
    """True when the source's own date was given or printed in it, not estimated."""


def _date_key(report: Report) -> tuple[date, date, str]:
    return report.date_start, report.date_end, report.precision


def lead_report(reports: Sequence[Report]) -> Report:
    """The report whose date and headline stand for the incident.

    The most precise reading wins; among equally precise readings, the one most documents give;
    then a source that states its own date, the earliest published, and a fixed order of documents,
    so the choice never depends on the order of import.
    """
    best_rank = min(PRECISION_RANK[r.precision] for r in reports)
    precise = [r for r in reports if PRECISION_RANK[r.precision] == best_rank]
    votes = Counter(_date_key(r) for r in {(r.document, _date_key(r)): r for r in precise}.values())
    top = max(votes.values())
    winners = {key for key, count in votes.items() if count == top}
    candidates = [r for r in precise if _date_key(r) in winners]
    return min(candidates, key=lambda r: (not r.stated, r.published or date.max, r.date_start, r.document, r.ordinal))


def lead_title(reports: Sequence[Report], lead: Report) -> str:
    """The headline that reads best among the reports that give the incident's date (the lead's on a tie)."""
    same = [r for r in reports if _date_key(r) == _date_key(lead)]
    return max(same, key=lambda r: (title_quality(r.title), r is lead)).title


def majority_kind(reports: Sequence[Report], lead: Report) -> str:
    """The kind most reports give (the lead's when they tie); "other" only when none says more."""
    votes = Counter(r.kind for r in reports if r.kind != "other")
    if not votes:
        return lead.kind
    top = max(votes.values())
    return lead.kind if votes.get(lead.kind) == top else min(k for k, n in votes.items() if n == top)


def more_precise(a_precision: str, a_start: date, a_end: date, b_precision: str, b_start: date, b_end: date) -> bool:
    """True when interval a says more than interval b (a finer precision, or a narrower span)."""
    a_rank, b_rank = PRECISION_RANK[a_precision], PRECISION_RANK[b_precision]
    if a_rank != b_rank:
        return a_rank < b_rank
    return (a_end - a_start) < (b_end - b_start)
