"""Find date expressions in a text and resolve them, sentence by sentence, as the story moves on.

Every rule scans the whole text once (``scan_dates``); each sentence takes its share, keeps the
longest of overlapping matches, and resolves them against the document date, the story so far and
its own clause. An expression after "before", "until", "since" is a bound of the event, not its date;
a time of day ("this morning", "at 10 p.m.") is marked as such.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta

from explorer.extract import calendar as cal
from explorer.extract.dates.context import Context
from explorer.extract.dates.hit import Found, Hit
from explorer.extract.dates.patterns import BOUND_WORDS, CLOCK, NUM, PART_OF_DAY, WEEKDAY
from explorer.extract.dates.rules import RULES, Resolver, Rule
from explorer.extract.dates.story import Story
from explorer.extract.model import DateExpr

_BEFORE_WINDOW = 60
_BOUND_LEADS = frozenset({"by", "until", "till", "before", "after", "since"})
_WEEKLY_NOUN = re.compile(
    r"\s+(?:prayers?|services?|mass|school|sermons?|markets?|editions?|papers?|newspapers?|shows?|league|lunch"
    r"|brunch|roast|best|worship)\b",
    re.IGNORECASE,
)
_WHEN_AFTER = re.compile(r",?\s+when\b")
_OF_DAY = re.compile(
    r"(?i)" + PART_OF_DAY + r"|tonight|midnight|noon|\d\s*[ap]\.?m\b|\d[:.]\d\d|last night|hours|minutes"
)
_TIME_GLOSS = re.compile(r"\(\s*(?:" + CLOCK + r")[^()]{0,12}\Z")
_POSSESSIVE = re.compile(r"['’]s?(?![A-Za-z])")

_Raw = tuple[int, int, int, Rule, Hit]
_NAMING_QUARTERS = frozenset({"ordinal_quarter", "quarter_anaphora"})  # a year-ago comparison names no quarter


def _word_bounded(text: str, start: int, end: int) -> bool:
    """The match neither starts nor ends inside a word or a number."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum() or (before in "/-" and text[start].isdigit()))


def _extend(text: str, rule: Rule, core: re.Match[str], floor: int) -> Hit | None:
    """Attach the lead words before a core match; None when the rule requires them and they are absent."""
    window_start = max(floor, core.start() - _BEFORE_WINDOW)
    window = text[window_start : core.start()]
    if rule.not_after is not None and rule.not_after.search(window):
        return None
    if rule.before is None:
        return Hit(text, core, None, core.start())
    before = rule.before.search(window)
    if before is None or before.end() == before.start():
        return None if rule.required else Hit(text, core, None, core.start())
    return Hit(text, core, before, window_start + before.start())


def _raw_matches(text: str, start: int, end: int) -> list[_Raw]:
    found = []
    lowered = text[start:end].lower()
    for order, rule in enumerate(RULES):
        if rule.hints and not any(hint in lowered for hint in rule.hints):
            continue
        for core in rule.core.finditer(text, start, end):
            hit = _extend(text, rule, core, start)
            if hit is not None and hit.end > hit.start and _word_bounded(text, hit.start, hit.end):
                found.append((hit.start, hit.end, order, rule, hit))
    return found


@dataclass(frozen=True)
class DateScan:
    """Every candidate date expression of a text, found in one pass per rule.

    Scanning the whole text once and handing each sentence its share is several times
    faster than running every rule on every sentence.
    """

    text: str
    raws: tuple[_Raw, ...]
    starts: tuple[int, ...]
    durations: tuple[DateExpr, ...]
    duration_starts: tuple[int, ...]

    def between(self, start: int, end: int) -> list[_Raw]:
        """Candidates lying wholly inside [start, end)."""
        low, high = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [raw for raw in self.raws[low:high] if raw[1] <= end]

    def durations_between(self, start: int, end: int) -> list[DateExpr]:
        """Durations lying wholly inside [start, end)."""
        low, high = bisect_left(self.duration_starts, start), bisect_left(self.duration_starts, end)
        return [d for d in self.durations[low:high] if d.end <= end]


def scan_dates(text: str) -> DateScan:
    """Find every candidate date and duration in ``text`` once."""
    raws = tuple(sorted(_raw_matches(text, 0, len(text)), key=lambda r: (r[0], r[2])))
    durations = tuple(find_durations(text))
    return DateScan(text, raws, tuple(r[0] for r in raws), durations, tuple(d.start for d in durations))


def _without_overlaps(found: list[_Raw]) -> list[_Raw]:
    """Keep the longest of overlapping matches (ties: the earlier rule)."""
    chosen: list[_Raw] = []
    for item in sorted(found, key=lambda f: (-(f[1] - f[0]), f[2], f[0])):
        if all(item[1] <= other[0] or item[0] >= other[1] for other in chosen):
            chosen.append(item)
    return sorted(chosen, key=lambda f: f[0])


def _is_bound(text: str, hit: Hit, floor: int) -> bool:
    """The date is preceded by "before", "until", "since": it bounds the event, it does not date it.

    "until October 20, when the mayor resigned" is the day of what the "when" clause tells.
    """
    if _WHEN_AFTER.match(text, hit.end):
        return False
    return hit.lead in _BOUND_LEADS or bool(BOUND_WORDS.search(text[max(floor, hit.start - 20) : hit.start]))


def _found(text: str, rule: Rule, hit: Hit, ctx: Context, floor: int) -> Found | None:
    if rule.resolver.__name__ == "weekday" and _TIME_GLOSS.search(text[max(floor, hit.start - 30) : hit.start]):
        return None  # "(8:46 p.m. Saturday GMT)": another time zone's clock, not the event's day
    if rule.resolver.__name__ == "weekday" and not hit.lead and _WEEKLY_NOUN.match(text, hit.end):
        return None  # "during Friday prayers", "the Sunday edition": a weekly custom, not a date
    resolved = rule.resolver(hit, ctx)
    if resolved is None:
        return None
    words = hit.group(0)
    of_day = bool(_OF_DAY.search(words)) and rule.kind != "absolute"
    return Found(hit.start, hit.end, words, resolved, rule.kind, _is_bound(text, hit, floor), of_day)


def _advance(story: Story, found: Found, resolver: Resolver) -> Story:
    """The story after one expression: its day (an event's day-precise date), year, quarter, weekday tie."""
    if found.resolved is None:
        return story
    first, last, precision = found.resolved
    if re.search(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)", found.text) and first.year == last.year:
        story = story.naming_year(first.year)
    if resolver.__name__ in _NAMING_QUARTERS:
        story = story.naming_quarter(first.year, (first.month - 1) // 3 + 1)
    if resolver.__name__ == "weekday_and_date":
        story = story.tying(first.weekday(), first)
    if precision == "day" and not found.bound:
        story = story.at_day(first)
    return story


def read(
    text: str, document: date | None, story: Story, start: int = 0, end: int | None = None, scan: DateScan | None = None
) -> tuple[list[DateExpr], Story]:
    """The date expressions of ``text[start:end]`` (a sentence), resolved, and the story after them."""
    end = len(text) if end is None else end
    raws = scan.between(start, end) if scan is not None else _raw_matches(text, start, end)
    exprs: list[DateExpr] = []
    for _s, _e, _order, rule, hit in _without_overlaps(raws):
        ctx = Context(document, story, text, start, end)
        found = _found(text, rule, hit, ctx, start)
        if found is None or found.resolved is None:
            continue
        first, last, precision = found.resolved
        exprs.append(DateExpr(found.start, found.end, found.text, first, last, precision, found.kind, found.bound,
                              found.of_day))  # fmt: skip
        story = _advance(story, found, rule.resolver)
    return exprs, story


def find_dates(
    text: str,
    document_date: date | None,
    *,
    start: int = 0,
    end: int | None = None,
    narrative_date: date | None = None,
    scan: DateScan | None = None,
) -> list[DateExpr]:
    """Date expressions in ``text[start:end]``, resolved; unresolvable ones are left out.

    ``scan`` (from ``scan_dates(text)``) saves rescanning when a text is read sentence by sentence.

    >>> [(d.text, str(d.date_start)) for d in find_dates("He left on Monday.", date(2018, 7, 31))]
    [('on Monday', '2018-07-30')]
    """
    story = Story(day=narrative_date or document_date)
    return read(text, document_date, story, start, end, scan)[0]


_DURATION_CORE = re.compile(
    r"(?:day|week|month|year|hour)s?(?:-long)?(?![A-Za-z])(?!\s+(?:later|earlier|ago|after|before))", re.IGNORECASE
)
_DURATION_BEFORE = re.compile(
    r"(?:(?:for|over|in|during)\s+)?(?:(?:a period of|about|around|roughly|nearly|almost|more than|less than|over"
    r"|some|at least|the past|the last)\s+)*"
    r"(?:(?:" + NUM + r"|several|a few|many)[- ]|an entire |a full |the entire |the whole )\Z",
    re.IGNORECASE,
)


def find_durations(text: str, start: int = 0, end: int | None = None) -> list[DateExpr]:
    """Lengths of time ("for about two weeks", "a five-week-long protest"), as claims without a date."""
    end = len(text) if end is None else end
    found = []
    for core in _DURATION_CORE.finditer(text, start, end):
        window_start = max(start, core.start() - _BEFORE_WINDOW)
        before = _DURATION_BEFORE.search(text[window_start : core.start()])
        if before is None:
            continue
        first = window_start + before.start()
        if _word_bounded(text, first, core.end()):
            found.append(DateExpr(first, core.end(), text[first : core.end()], None, None, "duration", "duration"))
    return found


_RANGE_JOIN = re.compile(
    r"(?<=[\d.a-z])\s*(?:-|–|—|\bto\b|\bthrough\b|\buntil\b|\band\b)\s*(?=(?:[A-Z][a-z]+\.?\s+)?\d)"
)


_WEEKDAY_JOIN = re.compile(r"\s+(?:and|or|to|through|until|-|–)\s+(?=" + WEEKDAY + r")")


def _weekday_ends(expr: DateExpr, join: re.Match[str]) -> list[DateExpr]:
    """ "Monday and Tuesday" as two days: each the day of the range that has its weekday."""
    assert expr.date_start is not None and expr.date_end is not None
    ends = []
    for low, high in ((0, join.start()), (join.end(), len(expr.text))):
        words = expr.text[low:high]
        number = cal.WEEKDAYS[re.search(WEEKDAY, words).group(0).lower()]  # type: ignore[union-attr]
        day = expr.date_start + timedelta(days=(number - expr.date_start.weekday()) % 7)
        ends.append(replace(expr, start=expr.start + low, end=expr.start + high, text=words, date_start=day,
                            date_end=day, precision="day"))  # fmt: skip
    return ends


def split_range(expr: DateExpr) -> list[DateExpr]:
    """A range ("from June 17 to July 25", "between 2011 and 2021") as its two ends, each with its own words."""
    join = _RANGE_JOIN.search(expr.text) or _WEEKDAY_JOIN.search(expr.text)
    if expr.precision != "range" or join is None or expr.date_start is None or expr.date_end is None:
        return [expr]
    if join.re is _WEEKDAY_JOIN:
        return _weekday_ends(expr, join)
    years = [int(m) for m in re.findall(r"\b(?:1[0-9]|20)\d\d\b", expr.text)]
    parts = ((0, join.start(), expr.date_start), (join.end(), len(expr.text), expr.date_end))
    ends = []
    for low, high, day in parts:
        words = expr.text[low:high]
        if re.fullmatch(r"(?:[A-Za-z]+\s+)?(?:1[0-9]|20)\d\d", words.strip()) and len(years) == 2:
            first, last, precision = date(day.year, 1, 1), date(day.year, 12, 31), "year"
        else:
            first, last, precision = day, day, "day"
        ends.append(replace(expr, start=expr.start + low, end=expr.start + high, text=words, date_start=first,
                            date_end=last, precision=precision))  # fmt: skip
    return ends


def weekday_of(expr: DateExpr) -> int | None:
    """The weekday an expression names, if it names one."""
    for name, number in cal.WEEKDAYS.items():
        if name in expr.text.lower():
            return number
    return None


def possessive(text: str, expr: DateExpr) -> bool:
    """ "last year's", "Friday's": the date belongs to the noun after it."""
    return bool(_POSSESSIVE.match(text, expr.end))
