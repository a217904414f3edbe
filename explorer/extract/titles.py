"""An incident's headline: who did what, in the words of its dated clause, without the date.

The date words go with the little words that hold them ("late on Sunday", "(Aug 27)"), and so do
openers that are not part of the news ("Meanwhile,", "Key points:", a wire dateline). A long clause
is cut at a clause boundary, never after a little word; nothing is marked as cut ("…"): the
interface shortens a headline to the room it has.
"""

from __future__ import annotations

import re

from explorer.extract.lexicon import STOP_WORDS, WIRE_DATELINE
from explorer.extract.model import DateExpr, Span

MAX_WORDS = 16
_OPENERS = re.compile(
    r"^(?:(?:meanwhile|separately|elsewhere|earlier|later|furthermore|moreover|however|also|additionally|in addition"
    r"|all told|and|but|so|then|still|again|indeed|in fact|in all|overall|now|key points|related|update|updated"
    r"|breaking|watch|photos?|video|caption|read more|this comes after|it comes after|it comes as)\b[\s,:;–—-]*)+",
    re.IGNORECASE,
)
_WIRE = re.compile(rf"^{WIRE_DATELINE}\s*")
_HOLDERS = r"(?:(?:late|early|shortly|just|sometime|some time|until|before|after|by|on|in|at|during|since|from|of)\s+)*"
_EMPTY_BRACKETS = re.compile(r"\(\s*[,;]?\s*\)")
_SPACE_PUNCT = re.compile(r"\s+([,.;:!?)])")
_DOUBLE_PUNCT = re.compile(r"([,;:])\s*[,;:]+")
_BREAK = re.compile(r",\s|;\s|\s[—–-]\s|\s(?:which|who|after|before|while|as|because|when|amid|following)\s")
_TRAILING = re.compile(r"[\s,;:–—\-\"“”'‘’(]+$")


def _without_dates(text: str, clause: Span, dates: list[DateExpr]) -> str:
    """The clause with its date expressions and the words that hold them taken out."""
    out, position = [], clause.start
    for expr in sorted(dates, key=lambda d: d.start):
        if expr.start < position or expr.end > clause.end:
            continue
        before = text[position : expr.start]
        held = re.search(r"(?i)\b" + _HOLDERS + r"$", before)
        if held is not None and held.group(0).strip():
            before = before[: held.start()]
        before = re.sub(r"\(\s*$", "(", before)
        out.append(before)
        position = expr.end
        possessive = re.match(r"['’]s?\s", text[position : position + 3])
        if possessive:
            out.append(" the ")  # "last year's vote" -> "the vote"
            position += possessive.end()
    out.append(text[position : clause.end])
    return "".join(out)


def _tidy(raw: str) -> str:
    raw = " ".join(raw.split())
    raw = _EMPTY_BRACKETS.sub("", raw)
    raw = _SPACE_PUNCT.sub(r"\1", raw)
    raw = _DOUBLE_PUNCT.sub(r"\1", raw)
    raw = raw.strip(" ,;:.\"“”'‘’")
    for _ in range(3):
        stripped = _WIRE.sub("", _OPENERS.sub("", raw, count=1), count=1).lstrip(" ,;:–—-")
        if stripped == raw:
            break
        raw = stripped
    return _balance_quotes(raw)


def _balance_quotes(title: str) -> str:
    """Drop quotation marks left without their partner when a clause was cut out of a sentence."""
    if title.count('"') % 2:
        title = title.replace('"', "")
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    return title


def _cut(raw: str) -> str:
    """At most ``MAX_WORDS`` words, cut at the last clause boundary that leaves a headline, then at a whole word."""
    words = raw.split()
    if len(words) <= MAX_WORDS:
        return raw
    limit = len(" ".join(words[:MAX_WORDS]))
    breaks = [m.start() for m in _BREAK.finditer(raw, 0, limit) if len(raw[: m.start()].split()) >= 5]
    cut = raw[: breaks[-1]] if breaks else raw[:limit]
    kept = cut.split()
    while kept and kept[-1].lower().strip(",;:") in STOP_WORDS:
        kept.pop()  # never end on "the", "of", "from"
    return _TRAILING.sub("", " ".join(kept))


def title_of(text: str, clause: Span, expr: DateExpr, others: list[DateExpr] | None = None) -> str:
    """A headline for the incident a clause tells: the clause without its date words, cut to a headline."""
    raw = _tidy(_without_dates(text, clause, [expr, *(others or [])]))
    raw = _balance_quotes(_cut(raw))
    raw = _TRAILING.sub("", raw)
    return raw[:1].upper() + raw[1:] if raw else "Untitled incident"


_WEAK_START = re.compile(r"(?i)^(?:it|he|she|they|this|that|these|those|there|we|i|you)\b|^[\"“'‘]")


def title_quality(title: str) -> int:
    """How well a headline reads: a named subject and a few words beat a pronoun, a quote or a fragment."""
    score = 0 if _WEAK_START.match(title) else 2
    score += 1 if 5 <= len(title.split()) <= MAX_WORDS else 0
    score += 1 if title[:1].isupper() and not title.isupper() else 0
    return score
