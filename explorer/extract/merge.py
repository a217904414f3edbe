"""Decide whether a new mention reports an incident already known (from another source or sentence).

Two reports are one incident when their dates meet (with a tolerance that depends on precision),
their actors overlap and their words agree. The score is deterministic: ties go to the lowest id.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from rapidfuzz import fuzz, process

from explorer.extract.model import Mention

PRECISION_RANK = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4}
MERGE_THRESHOLD = 0.3
_ACTOR_WEIGHT, _TERM_WEIGHT, _KIND_WEIGHT, _SAME_DAY_WEIGHT = 0.4, 0.35, 0.15, 0.1


@dataclass(frozen=True)
class Candidate:
    """What is known of a stored incident when a new mention arrives."""

    id: int
    date_start: date
    date_end: date
    precision: str
    kind: str
    actors: frozenset[str]
    terms: frozenset[str]


def actor_key(name: str) -> str:
    """A comparison key for an actor name: case and trailing plural folded."""
    key = " ".join(name.lower().replace("’", "'").split())
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def dates_meet(a_start: date, a_end: date, a_precision: str, b_start: date, b_end: date, b_precision: str) -> bool:
    """Intervals that could name the same day: one day of slack between two day-precise dates."""
    slack = timedelta(days=1 if a_precision == b_precision == "day" else 0)
    return a_start <= b_end + slack and b_start <= a_end + slack


def _actor_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """How far two actor sets overlap: exact keys count fully, a name inside another partly."""
    if not a or not b:
        return 0.0
    total = 0.0
    for key in a:
        if key in b:
            total += 1.0
        elif any(_nested(key, other) for other in b):
            total += 0.6
    return min(1.0, total / min(len(a), len(b)))


def _nested(a: str, b: str) -> bool:
    """One multi-word name contained in the other ("occupy ice" in "occupy ice pdx")."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return " " in short and f" {short} " in f" {long} "


def _term_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller term set found in the other, allowing near spellings of longer words."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    hits = len(small & large)
    missing = [t for t in small if t not in large and len(t) >= 5]  # short words are not typos of others
    if missing:
        choices = list(large)
        for term in missing:
            if process.extractOne(term, choices, scorer=fuzz.ratio, score_cutoff=88) is not None:
                hits += 1
    return hits / len(small)


def match_score(mention: Mention, actors: Iterable[str], candidate: Candidate) -> float:
    """How strongly a mention and a stored incident look like one event (0 when dates cannot meet)."""
    if not dates_meet(
        mention.date_start, mention.date_end, mention.precision,
        candidate.date_start, candidate.date_end, candidate.precision,
    ):  # fmt: skip
        return 0.0
    same_day = mention.precision == candidate.precision == "day" and mention.date_start == candidate.date_start
    score = (
        _ACTOR_WEIGHT * _actor_similarity(frozenset(actors), candidate.actors)
        + _KIND_WEIGHT * (mention.kind == candidate.kind and mention.kind != "other")
        + _SAME_DAY_WEIGHT * same_day
    )
    if score + _TERM_WEIGHT < MERGE_THRESHOLD:
        return score  # even identical words could not make this a match: skip comparing them
    return score + _TERM_WEIGHT * _term_similarity(frozenset(mention.terms), candidate.terms)


def best_match(mention: Mention, candidates: Sequence[Candidate]) -> int | None:
    """The id of the incident this mention reports, or None when it is a new incident."""
    keys = [actor_key(a.name) for a in mention.actors]
    best: tuple[float, int] | None = None
    for candidate in candidates:
        score = match_score(mention, keys, candidate)
        if score >= MERGE_THRESHOLD and (
            best is None or score > best[0] or (score == best[0] and candidate.id < best[1])
        ):
            best = (score, candidate.id)
    return best[1] if best else None


def more_precise(a_precision: str, a_start: date, a_end: date, b_precision: str, b_start: date, b_end: date) -> bool:
    """True when interval a says more than interval b (a finer precision, or a narrower span)."""
    a_rank, b_rank = PRECISION_RANK[a_precision], PRECISION_RANK[b_precision]
    if a_rank != b_rank:
        return a_rank < b_rank
    return (a_end - a_start) < (b_end - b_start)
