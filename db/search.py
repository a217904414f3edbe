"""What a user typed into a search, read into terms: words, "quoted phrases", and prefixes (word*).

Every term is quoted before it reaches FTS5, so nothing typed can be FTS syntax (AND, NEAR, a
stray quote or colon): a search either matches or does not, it never fails.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[\w'’\-]+", re.UNICODE)
_PART = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    """One thing to find: a word or a phrase (its words in order), matched as a prefix when ``prefix``."""

    words: tuple[str, ...]
    prefix: bool = False


def search_terms(text: str, last_is_prefix: bool = True) -> list[Term]:
    """The terms of a search, in order; the last bare word is a prefix (it may still be being typed).

    >>> search_terms('"city council" vot')
    [Term(words=('city', 'council'), prefix=False), Term(words=('vot',), prefix=True)]
    >>> search_terms("polic* AND")
    [Term(words=('polic',), prefix=True), Term(words=('AND',), prefix=True)]
    """
    terms: list[Term] = []
    for match in _PART.finditer(text):
        phrase, bare = match.group(1), match.group(2)
        if phrase is not None:
            words = tuple(_TOKEN.findall(phrase))
            if words:
                terms.append(Term(words))
            continue
        words = tuple(_TOKEN.findall(bare))
        if words:
            terms.append(Term(words, prefix=bare.endswith("*")))
    if terms and last_is_prefix and not text.rstrip().endswith('"') and len(terms[-1].words) == 1:
        terms[-1] = Term(terms[-1].words, prefix=True)
    return terms


def fts_match(terms: list[Term]) -> str:
    """An FTS5 query that needs every term: each quoted (a phrase stays a phrase), prefixes starred."""
    out = []
    for term in terms:
        quoted = '"' + " ".join(term.words).replace('"', '""') + '"'
        out.append(quoted + ("*" if term.prefix else ""))
    return " ".join(out)
