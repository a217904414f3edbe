"""Match what a user types against actor names and aliases, forgiving typos but not substrings."""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

_TOKEN = re.compile(r"[\w'’\-]+")


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def name_score(query: str, name: str) -> float:
    """0–100: every query word must start a word of the name or be a near spelling of one.

    >>> name_score("ruiz", "Ana Ruiz") > 90, name_score("ice", "police")
    (True, 0.0)
    """
    query_tokens, name_tokens = _tokens(query), _tokens(name)
    if not query_tokens or not name_tokens:
        return 0.0
    scores = []
    for q in query_tokens:
        best = 0.0
        for n in name_tokens:
            if n.startswith(q):
                best = max(best, 100.0 if n == q else 90.0 + 10.0 * len(q) / len(n))
            elif len(q) >= 4:
                best = max(best, fuzz.ratio(q, n))
        if best < 80:
            return 0.0
        scores.append(best)
    return sum(scores) / len(scores)


def rank_actors(
    query: str, actors: Sequence[tuple[int, str, Sequence[str]]], limit: int = 50
) -> list[tuple[int, str, float]]:
    """Actors (id, name, aliases) that match ``query``, best first, as (id, name, score).

    Scores within a few points count as equal, and then the earlier actor in ``actors`` wins:
    callers pass actors most involved first, so "wh" finds the mayor before a passing name.
    """
    ranked = []
    for order, (actor_id, name, aliases) in enumerate(actors):
        score = max([name_score(query, name), *(name_score(query, a) for a in aliases)])
        if score > 0:
            ranked.append((actor_id, name, score, order))
    ranked.sort(key=lambda r: (-(r[2] // 10), r[3], r[1]))
    return [(i, n, s) for i, n, s, _o in ranked[:limit]]
