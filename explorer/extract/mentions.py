"""Incident mentions: a dated clause that states an event, plus the sentences that continue it."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from explorer.extract.actors import find_actors, resolve_coreference
from explorer.extract.dates import find_dates, scan_dates
from explorer.extract.lexicon import (
    EVENT_KINDS,
    IRREGULAR_PAST,
    NOT_EVENTS_ED,
    OCCURRENCE_WORDS,
    STOP_WORDS,
    TIME_WORDS,
)
from explorer.extract.model import ActorMention, DateExpr, Evidence, Mention, PublishedDate, Sentence, Span

MAX_EVIDENCE = 600
MAX_FOLLOW_UPS = 5
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|911")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|\s+(?:and|but)\s+(?=(?:the|a|an|he|she|they|it)\s)")
_LEADING_JUNK = re.compile(r"[\s,;:–—\-\"“”'‘’(]*(?:(?:and|but|while|or)\s+)?")
# Sentences that open a new thread rather than continue the paragraph's event.
_NEW_THREAD = re.compile(r"[\"“]?(?:meanwhile|separately|elsewhere|in other news|in an unrelated|also on)\b", re.I)
_LOCATION = re.compile(
    r"(?:\bin|\bat|\boutside|\bnear|\bin front of)\s+(?:the\s+)?(?P<place>(?:[A-Z][A-Za-z.'’\-]*\s?){1,4}"
    r"(?:,\s+[A-Z][a-z]+\.?)?)"
)
_NOT_PLACES = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\b"
)
_MIN_CLAUSE_WORDS = 2
# "HOUSTON (AP) — ", "PORTLAND, Ore. – ": the place and agency a wire story opens with.
_WIRE_DATELINE = re.compile(r"^[A-Z][A-Z .'\-]+(?:,\s*[A-Z][A-Za-z.]+)?\s*(?:\([A-Za-z. ]+\))?\s*[—–\-]+\s*")


@dataclass
class _Draft:
    """A mention being assembled; frozen into a ``Mention`` once its follow-ups are known."""

    date: DateExpr
    paragraph: int
    clause: Span
    actors: list[ActorMention]
    evidence: list[Evidence] = field(default_factory=list)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def stem(word: str) -> str:
    """A crude English stem, enough to make "protesting" and "protested" agree."""
    word = word.lower().strip("'’")
    for suffix in ("ations", "ation", "ings", "ing", "ers", "ed", "es", "er", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_CALL_FOR_HELP = re.compile(r"(?i)\b(?:call(?:ed|s|ing)?|dial(?:ed|led)?)\s+(?:\w+\s+){0,2}(?:911|police|for help)")


def _happened(word: str) -> bool:
    """A past-tense verb that narrates an event ("resigned", "fled"), not a description ("based")."""
    if word in OCCURRENCE_WORDS or word in IRREGULAR_PAST:
        return True
    return len(word) >= 5 and word.endswith("ed") and word not in NOT_EVENTS_ED


def event_kind(text: str) -> str | None:
    """The kind of event a clause states, or None when it states no event at all.

    The earliest kind word decides; a statement verb yields to an earlier plain event
    ("knocked out power …, officials warned" is not a statement).
    """
    words = _words(text)
    if _CALL_FOR_HELP.search(text):
        return "call for help"
    positions = {w: i for i, w in reversed(list(enumerate(words)))}
    best: tuple[int, str] | None = None
    for kind, lexicon in EVENT_KINDS:
        hits = [positions[w] for w in lexicon if w in positions]
        if hits and (best is None or min(hits) < best[0]):
            best = (min(hits), kind)
    happened = next((i for i, w in enumerate(words) if _happened(w)), None)
    if best is not None:
        if best[1] == "statement" and happened is not None and happened < best[0]:
            return "other"
        return best[1]
    return "other" if happened is not None else None


def terms_of(text: str) -> tuple[str, ...]:
    """Content-word stems of a passage, used to compare two reports."""
    seen: dict[str, None] = {}
    for word in _words(text):
        if word in STOP_WORDS or word in TIME_WORDS or len(word) < 3:
            continue
        seen.setdefault(stem(word), None)
    return tuple(seen)


def _clauses(text: str, sentence: Sentence, dates: list[DateExpr]) -> list[tuple[DateExpr, Span]]:
    """One clause per date when a sentence dates two events ("reopened in early July and ... on July 25")."""
    if len(dates) == 1 or len({(d.date_start, d.date_end) for d in dates}) == 1:
        return [(dates[0], Span(sentence.start, sentence.end))]
    bounds = [sentence.start]
    for left, right in itertools.pairwise(dates):
        breaks = list(_CLAUSE_BREAK.finditer(text, left.end, right.start))
        if breaks:
            bounds.append(breaks[-1].start())
        else:
            bounds.append(-1)
    bounds.append(sentence.end)
    out: list[tuple[DateExpr, Span]] = []
    start = sentence.start
    owner: DateExpr | None = None
    for index, expr in enumerate(dates):
        owner = owner or expr  # with no break between two dates, the first dates the clause
        end = bounds[index + 1]
        if end == -1:
            continue
        out.append((owner, Span(start, end)))
        start, owner = end, None
    return out


def _trim_clause(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    junk = _LEADING_JUNK.match(text, start, end)
    if junk:
        start = junk.end()
    while end > start and text[end - 1] in " \t\n,;–—-":
        end -= 1
    return Span(start, end)


def _fit(text: str, clause: Span, expr: DateExpr) -> Span:
    """Keep evidence within the passage limit, centred on the date."""
    if clause.end - clause.start <= MAX_EVIDENCE:
        return clause
    start = max(clause.start, expr.start - MAX_EVIDENCE // 2)
    end = min(clause.end, start + MAX_EVIDENCE)
    while start < expr.start and not text[start - 1].isspace():
        start += 1
    while end > expr.end and not text[end].isspace():
        end -= 1
    return Span(start, end)


def _evidence(text: str, span: Span, expr: DateExpr | None, durations: list[DateExpr]) -> Evidence:
    claims = tuple(d.text for d in durations if span.start <= d.start < span.end)
    if expr is None:
        return Evidence(span.start, span.end, text[span.start : span.end], None, None, None, None, False, claims)
    return Evidence(
        span.start, span.end, text[span.start : span.end], expr.text, expr.date_start, expr.date_end,
        expr.precision, True, claims,
    )  # fmt: skip


def _balance_quotes(title: str) -> str:
    """Drop quotation marks left without their partner when a clause was cut out of a sentence."""
    if title.count('"') % 2:
        title = title.replace('"', "")
    if title.count("“") != title.count("”"):
        title = title.replace("“", "").replace("”", "")
    return title


def title_of(text: str, clause: Span, expr: DateExpr) -> str:
    """A short headline for the incident: the clause without its date words."""
    raw = text[clause.start : expr.start] + " " + text[expr.end : clause.end]
    raw = re.sub(r"\s+", " ", raw)
    raw = re.sub(r"\s+([,.;:])", r"\1", raw)
    raw = _LEADING_JUNK.sub("", raw, count=1).strip(" ,;:.\"“”'‘’")
    raw = re.sub(r"^(?:Related|Update|Updated|UPDATE):\s*", "", raw)
    raw = _WIRE_DATELINE.sub("", raw, count=1)
    raw = re.sub(r"([:;,])\s*[,;:]", r"\1", raw)  # punctuation the date words stood between
    raw = re.sub(r"\s+(?:at|on|in|by|from|to|since|during|of)$", "", raw.rstrip(" ,;:"))
    raw = _balance_quotes(raw)
    if len(raw) > 90:
        cut = raw.rfind(" ", 0, 88)
        raw = raw[: cut if cut > 40 else 88].rstrip(" ,;:") + "…"
    return raw[:1].upper() + raw[1:] if raw else "Untitled incident"


def _location(text: str, span: Span) -> str | None:
    for match in _LOCATION.finditer(text, span.start, span.end):
        place = re.split(r"['’]s\b", match["place"])[0].strip().rstrip(",.")
        if place and not _NOT_PLACES.match(place) and not place.isupper():
            return place
    return None


def _date_note(expr: DateExpr, published: PublishedDate) -> str:
    shown = f"“{' '.join(expr.text.split())}”"
    if expr.kind == "absolute":
        return f"{shown} in the text"
    if expr.kind == "narrative":
        return f"{shown}, counted from the date the story was at"
    if published.value is None:
        return shown
    how = {"dateline": "dateline", "estimated": "estimated"}.get(published.source, published.source)
    return f"{shown}, article dated {published.value:%a %d %b %Y} ({how})"


def _actors_in(
    text: str, span: Span, people: list[ActorMention], in_sentence: list[ActorMention] | None
) -> list[ActorMention]:
    """Actors named inside a span: the sentence's own actors when known, plus "the mayor" and the like."""
    if in_sentence is None:
        found = find_actors(text, span.start, span.end)
    else:
        found = [a for a in in_sentence if span.start <= a.start and a.end <= span.end]
    found.extend(resolve_coreference(text, span.start, span.end, people))
    return found


def _continues(text: str, sentence: Sentence, draft: _Draft) -> bool:
    """An undated sentence carries on the draft's event: same paragraph, an event, no change of thread."""
    if sentence.paragraph != draft.paragraph or len(draft.evidence) > MAX_FOLLOW_UPS:
        return False
    body = text[sentence.start : sentence.end]
    return event_kind(body) is not None and not _NEW_THREAD.match(body)


def _in_spans(position: int, spans: list[Span]) -> bool:
    return any(s.start <= position < s.end for s in spans)


def find_mentions(
    text: str,
    sentences: list[Sentence],
    published: PublishedDate,
    *,
    header: list[Span],
    people: list[ActorMention],
    sentence_actors: dict[int, list[ActorMention]] | None = None,
) -> list[_Draft]:
    """Dated, eventful clauses with their follow-up sentences, in document order."""
    drafts: list[_Draft] = []
    narrative: date | None = published.value
    current: _Draft | None = None
    scan = scan_dates(text)
    sentence_actors = sentence_actors or {}
    for sentence in sentences:
        dates = [
            d for d in find_dates(text, published.value, start=sentence.start, end=sentence.end,
                                  narrative_date=narrative, scan=scan)
            if not _in_spans(d.start, header)
        ]  # fmt: skip
        durations = scan.durations_between(sentence.start, sentence.end)
        if not dates:
            if current is not None:
                span = Span(sentence.start, sentence.end)
                actors = _actors_in(text, span, people, sentence_actors.get(sentence.start))
                if span.end - span.start <= MAX_EVIDENCE and _continues(text, sentence, current):
                    current.evidence.append(_evidence(text, span, None, durations))
                    current.actors.extend(actors)
                    continue
            current = None
            continue
        current = None
        for expr, clause in _clauses(text, sentence, dates):
            clause = _fit(text, _trim_clause(text, clause), expr)
            body = text[clause.start : expr.start] + " " + text[expr.end : clause.end]
            if len(_words(body)) < _MIN_CLAUSE_WORDS or event_kind(body) is None:
                continue
            found = _actors_in(text, clause, people, sentence_actors.get(sentence.start))
            draft = _Draft(expr, sentence.paragraph, clause, found)
            draft.evidence.append(_evidence(text, clause, expr, durations))
            drafts.append(draft)
            current = draft
            if expr.precision == "day" and expr.date_start is not None:
                narrative = expr.date_start
    return drafts


def _kind(text: str, draft: _Draft) -> str:
    kind = event_kind(text[draft.clause.start : draft.clause.end]) or "other"
    if kind in ("other", "statement") and any(a.name.endswith(("protesters", "demonstrators")) for a in draft.actors):
        words = set(_words(text[draft.clause.start : draft.clause.end]))
        if words & {"surrounded", "blocked", "blockaded", "occupied", "gathered", "camped", "marched"}:
            return "protest"
    return kind


def finish(text: str, draft: _Draft, published: PublishedDate, actors: list[ActorMention]) -> Mention:
    """Freeze a draft into a ``Mention`` with its title, kind, location and terms."""
    expr = draft.date
    assert expr.date_start is not None and expr.date_end is not None
    passage = " ".join(e.quote for e in draft.evidence)
    return Mention(
        date_start=expr.date_start,
        date_end=expr.date_end,
        precision=expr.precision,
        date_note=_date_note(expr, published),
        title=title_of(text, draft.clause, expr),
        kind=_kind(text, draft),
        location=_location(text, draft.clause),
        actors=tuple(actors),
        evidence=tuple(draft.evidence),
        terms=terms_of(passage),
    )
