"""Where a search's words are in an article: character spans to highlight and step through."""

from __future__ import annotations

import re
from functools import lru_cache

from db.search import Term, search_terms


def _pattern(term: Term) -> str:
    body = r"[\W_]+".join(re.escape(word) for word in term.words)
    return r"(?<!\w)" + body + (r"\w*" if term.prefix else r"(?!\w)")


@lru_cache(maxsize=64)
def hit_pattern(text: str) -> re.Pattern[str] | None:
    """One case-insensitive pattern for every term of a search (None when nothing is searchable)."""
    terms = search_terms(text)
    if not terms:
        return None
    return re.compile("|".join(_pattern(t) for t in terms), re.IGNORECASE)


def find_hits(article: str, search: str) -> list[tuple[int, int]]:
    """Every place in ``article`` a term of ``search`` is found, as (start, end) offsets, in order.

    >>> find_hits("The Council voted; council-voted again. Councils met.", 'council')
    [(4, 11), (19, 26), (40, 48)]
    >>> find_hits("The city council voted.", '"city council" vote')
    [(4, 16), (17, 22)]
    """
    pattern = hit_pattern(search)
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(article)]
