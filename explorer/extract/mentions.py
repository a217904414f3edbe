"""Incident mentions: a dated clause that states an event, plus the sentences that continue it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from explorer.extract.actors import ActorIndex, find_actors, resolve_coreference
from explorer.extract.clauses import dated_clauses, owners
from explorer.extract.dates import Story, read, scan_dates
from explorer.extract.events import (
    MAIN_EVENT_MARK,
    event_kind,
    is_forecast,
    is_state,
    main_event,
    present_perfect,
    speaks_of_plans,
    terms_of,
    unquoted,
    words,
)
from explorer.extract.model import ActorMention, DateExpr, Evidence, Mention, PublishedDate, Sentence, Span
from explorer.extract.spans import SpanSet
from explorer.extract.titles import title_of

MAX_EVIDENCE = 600
MAX_FOLLOW_UPS = 5
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|911")
_LEADING_JUNK = re.compile(r"[\s,;:–—\-\"“”'‘’(]*(?:(?:and|but|while|or)\s+)?")
_ALSO = re.compile(r"(?i)\b(?:also|too|as well|in addition|additionally)\b")
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


@dataclass
class _Draft:
    """A mention being assembled; frozen into a ``Mention`` once its follow-ups are known."""

    date: DateExpr
    paragraph: int
    clause: Span
    actors: list[ActorMention]
    evidence: list[Evidence] = field(default_factory=list)
    others: list[DateExpr] = field(default_factory=list)
    """The clause's other date words (bounds, years), left out of its headline too."""


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


def _location(text: str, span: Span) -> str | None:
    for match in _LOCATION.finditer(text, span.start, span.end):
        place = re.split(r"['’]s\b", match["place"])[0].strip().rstrip(",.")
        if place and not _NOT_PLACES.match(place) and not place.isupper():
            return place
    return None


def _date_note(expr: DateExpr, published: PublishedDate) -> str:
    if expr.kind == "published" and published.value is not None:
        return f"no date words: news of the day it was published, {published.value:%a %d %b %Y}"
    shown = f"“{' '.join(expr.text.split())}”"
    if expr.kind == "absolute":
        return f"{shown} in the text"
    if expr.kind == "narrative":
        return f"{shown}, counted from the date the story was at"
    if published.value is None:
        return shown
    how = {"dateline": "dateline", "estimated": "estimated"}.get(published.source, published.source)
    return f"{shown}, article dated {published.value:%a %d %b %Y} ({how})"


def _actors_in(text: str, span: Span, index: ActorIndex, in_sentence: list[ActorMention] | None) -> list[ActorMention]:
    """Actors named inside a span: the sentence's own actors when known, plus "the mayor" and the like."""
    if in_sentence is None:
        found = find_actors(text, span.start, span.end)
    else:
        found = [a for a in in_sentence if span.start <= a.start and a.end <= span.end]
    found.extend(resolve_coreference(text, span.start, span.end, index))
    return found


def _continues(text: str, sentence: Sentence, draft: _Draft) -> bool:
    """An undated sentence carries on the draft's event: same paragraph, an event, no change of thread.

    A sentence that tells another thing that "also" happened starts its own thread.
    """
    if sentence.paragraph != draft.paragraph or len(draft.evidence) > MAX_FOLLOW_UPS:
        return False
    body = text[sentence.start : sentence.end]
    return event_kind(body) is not None and not _NEW_THREAD.match(body) and not _ALSO.search(body)


def _in_spans(position: int, spans: SpanSet) -> bool:
    return position in spans


def _dated_drafts(
    text: str, sentence: Sentence, dates: list[DateExpr], durations: list[DateExpr], index: ActorIndex,
    in_sentence: list[ActorMention] | None,
) -> list[_Draft]:  # fmt: skip
    """The mentions a sentence starts: each of its clauses that a date dates and that tells an event."""
    drafts = []
    for expr, clause in dated_clauses(text, Span(sentence.start, sentence.end), owners(text, dates)):
        clause = _fit(text, _trim_clause(text, clause), expr)
        body = text[clause.start : expr.start] + " " + text[expr.end : clause.end]
        told = event_kind(body) is not None or expr.kind == "published"  # a present-perfect verb is the event
        own = _own_words(text, clause, expr)
        if len(words(body)) < _MIN_CLAUSE_WORDS or not told or is_forecast(own) or is_state(own):
            continue
        draft = _Draft(expr, sentence.paragraph, clause, _actors_in(text, clause, index, in_sentence))
        draft.evidence.append(_evidence(text, clause, expr, durations))
        draft.others = [d for d in dates if d is not expr and clause.start <= d.start and d.end <= clause.end]
        drafts.append(draft)
    return drafts


def _planned(text: str, sentence: Sentence, expr: DateExpr, published: PublishedDate) -> bool:
    """A date after the source's own, told after "will", "would", "plans to": it dates a plan, even when
    the sentence reports it ("the council said services would be expanded from May")."""
    ahead = published.latest or published.value
    if ahead is None or expr.date_start is None or expr.date_start <= ahead:
        return False
    return speaks_of_plans(text[sentence.start : expr.start])


def _reported_today(text: str, sentence: Sentence, published: PublishedDate) -> DateExpr | None:
    """The publication day for a sentence that tells a present-perfect event with no date words.

    "The speaker has been evacuated" in a dated report is news of that day. Only a date the source
    states is used, never an estimate. The expression is empty, at the verb: no words of the
    sentence are date words, so its headline keeps them.
    """
    if published.value is None or published.source in ("estimated", "unknown"):
        return None
    verb = present_perfect(text, sentence.start, sentence.end)
    if verb is None:
        return None
    at = verb.start()
    return DateExpr(at, at, "", published.value, published.value, "day", "published")


def widened(earliest: list[DateExpr], latest: list[DateExpr]) -> list[DateExpr]:
    """Each date as read against the earliest possible publication day, widened to cover its reading
    against the latest ("on Monday" in an article of 25 to 31 July is a Monday from 23 to 30 July)."""
    other = {(e.start, e.end): e for e in latest}
    out = []
    for expr in earliest:
        late = other.get((expr.start, expr.end))
        if late is None or late.date_start is None or expr.date_start is None or expr.date_end is None:
            out.append(expr)
            continue
        first, last = min(expr.date_start, late.date_start), max(expr.date_end, late.date_end or expr.date_end)
        if (first, last) == (expr.date_start, expr.date_end):
            out.append(expr)
        else:
            out.append(replace(expr, date_start=first, date_end=last, precision="range"))
    return out


def find_mentions(
    text: str,
    sentences: list[Sentence],
    published: PublishedDate,
    *,
    header: list[Span],
    index: ActorIndex,
    sentence_actors: dict[int, list[ActorMention]] | None = None,
) -> list[_Draft]:
    """Dated, eventful clauses with their follow-up sentences, in document order."""
    drafts: list[_Draft] = []
    furniture = SpanSet(header)
    story = Story(day=published.value)
    # A source dated only within a range reads its relative dates against both ends.
    latest = published.latest if published.value is not None and published.latest != published.value else None
    story_latest = Story(day=latest)
    current: _Draft | None = None
    scan = scan_dates(text)
    sentence_actors = sentence_actors or {}
    for sentence in sentences:
        if _in_spans(sentence.start, furniture) and _in_spans(sentence.end - 1, furniture):
            current = None
            continue  # page furniture: a date line, a byline, an "updated" stamp
        found, story = read(text, published.value, story, sentence.start, sentence.end, scan)
        if latest is not None:
            at_latest, story_latest = read(text, latest, story_latest, sentence.start, sentence.end, scan)
            found = widened(found, at_latest)
        dates = [d for d in found if not _in_spans(d.start, furniture)]
        durations = scan.durations_between(sentence.start, sentence.end)
        if not found and (today := _reported_today(text, sentence, published)) is not None:
            dates = [today]
        dates = [d for d in dates if not _planned(text, sentence, d, published)]
        new = _dated_drafts(text, sentence, dates, durations, index, sentence_actors.get(sentence.start))
        if new:
            drafts.extend(new)
            current = new[-1]
            continue
        if current is not None and not owners(text, dates):
            span = Span(sentence.start, sentence.end)
            if span.end - span.start <= MAX_EVIDENCE and _continues(text, sentence, current):
                current.evidence.append(_evidence(text, span, None, durations))
                current.actors.extend(_actors_in(text, span, index, sentence_actors.get(sentence.start)))
                continue
        current = None
    return drafts


def _own_words(text: str, clause: Span, expr: DateExpr) -> str:
    """A clause without its date words, and without what it quotes when it reports speech dated outside
    the quotation ("“we will act,” she said on Monday"); a date inside the quotation is the speaker's."""
    marked = text[clause.start : expr.start] + " \x00 " + text[expr.end : clause.end]
    own = unquoted(marked)
    if "\x00" not in own:
        return marked.replace("\x00", " ")
    return own.replace("\x00", " ")


def _body(text: str, draft: _Draft) -> str:
    return _own_words(text, draft.clause, draft.date)


def _kind(text: str, draft: _Draft) -> str:
    body = _body(text, draft)
    kind = event_kind(body) or "other"
    protesters = any(a.name.endswith(("protesters", "demonstrators")) for a in draft.actors)
    gathering = {"surrounded", "blocked", "blockaded", "occupied", "gathered", "camped", "marched"}
    if kind in ("other", "statement") and protesters and set(words(body)) & gathering:
        return "protest"
    return kind


def finish(text: str, draft: _Draft, published: PublishedDate, actors: list[ActorMention],
           context: tuple[ActorMention, ...] = ()) -> Mention:  # fmt: skip
    """Freeze a draft into a ``Mention`` with its title, kind, location and terms."""
    expr = draft.date
    assert expr.date_start is not None and expr.date_end is not None
    passage = " ".join(e.quote for e in draft.evidence)
    return Mention(
        date_start=expr.date_start,
        date_end=expr.date_end,
        precision=expr.precision,
        date_note=_date_note(expr, published),
        title=title_of(text, draft.clause, expr, draft.others),
        kind=_kind(text, draft),
        location=_location(text, draft.clause),
        actors=tuple(actors),
        evidence=tuple(draft.evidence),
        terms=_terms(text, draft, passage),
        context_actors=tuple(a for a in context if a.name not in {b.name for b in actors}),
    )


def _terms(text: str, draft: _Draft, passage: str) -> tuple[str, ...]:
    """The words a mention is compared by, and, marked, the event its dated clause tells."""
    event = main_event(_body(text, draft))
    return (*terms_of(passage), *((MAIN_EVENT_MARK + event,) if event else ()))
