"""Find date expressions and resolve them to inclusive intervals.

Absolute dates ("June 28, 2018", "7/31/2018", "2018-07-30") resolve on their own; a month and day
takes its year from the document date; weekdays, "last week", "yesterday" resolve against the
document date; "the next day", "a few hours later" against the narrative date (the date the story
was last at). Durations ("for about two weeks") are returned as claims with no date.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from explorer.extract import calendar as cal
from explorer.extract.model import DateExpr

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)(?![A-Za-z])"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
_LEAD = r"(?:(?:[Oo]n|[Ii]n|[Ss]ince|[Ff]rom|[Dd]uring|[Bb]eginning|[Ss]tarting|[Tt]hrough|[Tt]hroughout)\s+)?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])"
_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a|an)"

# Words before a date that make it a bound, not the event's date ("before June 17").
_BOUND_WORDS = re.compile(r"(?:before|after|until|till|by|no later than)\s+$", re.IGNORECASE)
# Words that put a sentence in the future, so a bare weekday points forward.
_FUTURE = re.compile(
    r"(?<![A-Za-z])(?:will|shall|plans? to|planned to|is set to|are set to|is expected to|are expected to"
    r"|scheduled|upcoming|next)(?![A-Za-z])",
    re.IGNORECASE,
)


_WOULD = re.compile(r"(?<![A-Za-z])would(?![A-Za-z])", re.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """What relative expressions resolve against."""

    document: date | None
    narrative: date | None
    future: bool
    conditional: bool = False  # "would": a month still ahead in the calendar is the coming one


def _year_for(month: int, day: int, ctx: Context) -> int | None:
    """The year of a month and day given without one: the document's, or the one before."""
    if ctx.document is None:
        return None
    year = ctx.document.year
    candidate = cal.safe_date(year, month, min(day, 28))
    if candidate and not ctx.future and candidate > ctx.document + timedelta(days=7):
        return year - 1
    return year


def _year_for_month(month: int, ctx: Context) -> int | None:
    """The year of a month named alone: the latest such month not after the document's."""
    if ctx.document is None:
        return None
    year = ctx.document.year
    if ctx.future:
        return year if month >= ctx.document.month else year + 1
    if ctx.conditional and month > ctx.document.month:
        return year
    return year if month <= ctx.document.month else year - 1


def _day(match: Any, group: str) -> int:
    return int(re.sub(r"\D", "", match.group(group)))


def _full(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    day = cal.safe_date(int(match["y"]), cal.month_number(match["m"]), _day(match, "d"))
    return (day, day, "day") if day else None


def _iso(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    day = cal.safe_date(int(match["y"]), int(match["mo"]), int(match["d"]))
    return (day, day, "day") if day else None


def _numeric(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    year = int(match["y"])
    if year < 100:
        year += 2000 if year < 70 else 1900
    day = cal.safe_date(year, int(match["mo"]), int(match["d"]))
    return (day, day, "day") if day else None


def _month_day(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    month, day_number = cal.month_number(match["m"]), _day(match, "d")
    year = _year_for(month, day_number, ctx)
    day = cal.safe_date(year, month, day_number) if year else None
    return (day, day, "day") if day else None


def _range(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    month1 = cal.month_number(match["m1"])
    month2 = cal.month_number(match["m2"]) if match["m2"] else month1
    day1, day2 = _day(match, "d1"), _day(match, "d2")
    year2 = int(match["y2"]) if match["y2"] else None
    year1 = int(match["y1"]) if match["y1"] else year2
    if year1 is None:
        year1 = _year_for(month1, day1, ctx)
    if year1 is None:
        return None
    if year2 is None:
        year2 = year1 + (1 if month2 < month1 else 0)
    first, last = cal.safe_date(year1, month1, day1), cal.safe_date(year2, month2, day2)
    if first is None or last is None or last < first:
        return None
    return first, last, "range"


_PART_BOUNDS = {"early": (1, 10), "mid": (11, 20), "middle": (11, 20), "late": (21, 31)}


def _part_of_month(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    month = cal.month_number(match["m"])
    year = int(match["y"]) if match["y"] else _year_for_month(month, ctx)
    if year is None:
        return None
    part = match["part"].lower().replace("the ", "").replace(" of", "").strip("- ")
    part = {"beginning": "early", "start": "early", "end": "late"}.get(part, part)
    low, high = _PART_BOUNDS[part]
    last = cal.month_end(year, month)
    return date(year, month, low), min(last, date(year, month, min(high, last.day))), "range"


def _month(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    month = cal.month_number(match["m"])
    year = int(match["y"]) if match["y"] else None
    if year is None:
        if match["rel"]:
            return _relative_month(month, match["rel"].lower(), ctx)
        year = _year_for_month(month, ctx)
    if year is None:
        return None
    first, last = cal.month_span(year, month)
    return first, last, "month"


def _relative_month(month: int, rel: str, ctx: Context) -> tuple[date, date, str] | None:
    if ctx.document is None:
        return None
    year = ctx.document.year
    if rel == "last" and month >= ctx.document.month:
        year -= 1
    elif rel == "next" and month <= ctx.document.month:
        year += 1
    first, last = cal.month_span(year, month)
    return first, last, "month"


def _year(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    year = int(match["y"])
    return date(year, 1, 1), date(year, 12, 31), "year"


def _part_of_year(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    year = int(match["y"])
    part = match["part"].lower()
    months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[part]
    return date(year, months[0], 1), cal.month_end(year, months[1]), "range"


def _year_range(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    first, last = int(match["y1"] or match["y1b"]), int(match["y2"])
    if last < first:
        return None
    return date(first, 1, 1), date(last, 12, 31), "range"


def _weekday(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    if ctx.document is None:
        return None
    weekday = cal.WEEKDAYS[match["w"].lower()]
    rel = (match["rel"] or "").lower()
    if rel == "last" or rel == "past":
        day = cal.weekday_on_or_before(ctx.document - timedelta(days=1), weekday)
    elif rel == "next" or (ctx.future and rel != "this"):
        day = cal.weekday_after(ctx.document, weekday)
    else:
        day = cal.weekday_on_or_before(ctx.document, weekday)
    return day, day, "day"


def _offset_days(ctx_day: date | None, days: int) -> tuple[date, date, str] | None:
    if ctx_day is None:
        return None
    day = ctx_day + timedelta(days=days)
    return day, day, "day"


def _document_relative(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    """Expressions relative to the document date: yesterday, last week, this month."""
    doc = ctx.document
    if doc is None:
        return None
    words = re.sub(r"\s+", " ", match.group(0).lower())
    if words in ("yesterday", "last night"):
        return _offset_days(doc, -1)
    if words in ("tomorrow",):
        return _offset_days(doc, 1)
    if words.startswith(("today", "tonight", "this ", "earlier today", "earlier this", "later this", "last ")):
        return _period(words, doc)
    if words.startswith("next "):
        return _period(words, doc)
    return _offset_days(doc, 0)


def _period(words: str, doc: date) -> tuple[date, date, str] | None:
    if words.endswith(("morning", "afternoon", "evening", "today", "tonight")) and "week" not in words:
        return doc, doc, "day"
    if words.endswith("week"):
        monday, sunday = cal.week_span(doc)
        if words.startswith("last"):
            return monday - timedelta(days=7), sunday - timedelta(days=7), "week"
        if words.startswith("next"):
            return monday + timedelta(days=7), sunday + timedelta(days=7), "week"
        return monday, (doc if words.startswith("earlier") else sunday), "week"
    if words.endswith("month"):
        delta = {"last": -1, "next": 1}.get(words.split()[0], 0)
        year, month = cal.shift_month(doc.year, doc.month, delta)
        first, last = cal.month_span(year, month)
        if words.startswith("earlier"):
            return first, max(first, doc), "range"
        return first, last, "month"
    if words.endswith("year"):
        delta = {"last": -1, "next": 1}.get(words.split()[0], 0)
        year = doc.year + delta
        if words.startswith("earlier"):
            return date(year, 1, 1), doc, "year"
        return date(year, 1, 1), date(year, 12, 31), "year"
    return None


def _ago(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    count = cal.number_value(match["n"])
    if count is None or ctx.document is None:
        return None
    unit = match["unit"].lower()
    if unit.startswith("day"):
        return _offset_days(ctx.document, -count)
    centre = ctx.document - timedelta(days=7 * count)
    return centre - timedelta(days=3), centre + timedelta(days=3), "week"


def _narrative(match: Any, ctx: Context) -> tuple[date, date, str] | None:
    """Expressions relative to the narrative: the next day, two days later, hours later."""
    words = re.sub(r"\s+", " ", match.group(0).lower())
    anchor = ctx.narrative
    if anchor is None:
        return None
    if match["n"] and match["unit"]:
        count = cal.number_value(match["n"])
        if count is None:
            return None
        unit = match["unit"].lower()
        sign = -1 if words.endswith(("earlier", "before")) else 1
        if unit.startswith("hour"):
            return _offset_days(anchor, 0)
        return _offset_days(anchor, sign * count * (7 if unit.startswith("week") else 1))
    if any(w in words for w in ("next", "following", "day later", "day after")):
        return _offset_days(anchor, 1)
    if any(w in words for w in ("previous", "day before")):
        return _offset_days(anchor, -1)
    return _offset_days(anchor, 0)


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


class _Hit:
    """A core match plus the words just before it that belong to the expression ("on", "mid-")."""

    __slots__ = ("_before", "_core", "end", "start", "text")

    def __init__(self, text: str, core: re.Match[str], before: re.Match[str] | None, start: int) -> None:
        self._core, self._before, self.start, self.end = core, before, start, core.end()
        self.text = text

    def __getitem__(self, name: str) -> str | None:
        value = self._core.groupdict().get(name)
        if value is None and self._before is not None:
            value = self._before.groupdict().get(name)
        return value

    def group(self, name: int | str = 0) -> str:
        """The whole expression (lead words included), or one named part of it."""
        if isinstance(name, str):
            return self[name] or ""
        return self.text[self.start : self.end]


@dataclass(frozen=True)
class _Rule:
    """A date form: a core pattern that starts with a month, digit or keyword (fast to scan for), and
    an optional pattern for the words just before it ("on", "last", "mid-"), required or not."""

    kind: str
    core: re.Pattern[str]
    resolver: Callable[[Any, Context], tuple[date, date, str] | None]
    before: re.Pattern[str] | None = None
    required: bool = False
    hints: tuple[str, ...] = ()  # lower-case words without which the rule cannot match: skip the scan


_LEAD_WORDS = r"(?:[Oo]n|[Ii]n|[Ss]ince|[Ff]rom|[Dd]uring|[Bb]eginning|[Ss]tarting|[Tt]hrough|[Tt]hroughout)\s+"
_LEAD_BEFORE = re.compile(r"(?:" + _LEAD_WORDS + r")\Z")
_BEFORE_WINDOW = 60


def _before(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(r"(?:" + pattern + r")\Z", flags)


# Order matters only for ties: overlapping matches keep the longest, then the earliest rule.
_RULES: list[_Rule] = [
    _Rule("absolute", _compile(
        r"(?P<m1>" + _MONTH + r")\s+(?P<d1>" + _DAY + r")(?:,?\s+(?P<y1>" + _YEAR
        + r"))?\s*(?:-|–|—|to|through|until)\s*(?:(?P<m2>" + _MONTH + r")\s+)?(?P<d2>" + _DAY
        + r")(?:,?\s+(?P<y2>" + _YEAR + r"))?"), _range, _LEAD_BEFORE),
    _Rule("absolute", _compile(
        r"(?P<d1>" + _DAY + r")\s+(?P<m1>" + _MONTH + r")(?:,?\s+(?P<y1>" + _YEAR
        + r"))?\s*(?:-|–|—|to|through|until)\s*(?P<d2>" + _DAY + r")\s+(?P<m2>" + _MONTH
        + r")(?:,?\s+(?P<y2>" + _YEAR + r"))?"), _range, _LEAD_BEFORE),
    _Rule("absolute", _compile(
        r"[Bb]etween\s+(?P<m1>" + _MONTH + r")\s+(?P<d1>" + _DAY + r")(?:,?\s+(?P<y1>" + _YEAR
        + r"))?\s+and\s+(?:(?P<m2>" + _MONTH + r")\s+)?(?P<d2>" + _DAY + r")(?:,?\s+(?P<y2>" + _YEAR + r"))?"),
        _range),
    _Rule("absolute", _compile(r"(?P<m>" + _MONTH + r")\s+(?P<d>" + _DAY + r"),?\s+(?P<y>" + _YEAR + r")"), _full,
          _LEAD_BEFORE),
    _Rule("absolute", _compile(r"(?P<d>" + _DAY + r")\s+(?:of\s+)?(?P<m>" + _MONTH + r"),?\s+(?P<y>" + _YEAR + r")"),
          _full, _before(r"(?:" + _LEAD_WORDS + r")?the\s+|" + _LEAD_WORDS)),
    _Rule("absolute", _compile(r"(?P<y>" + _YEAR + r")-(?P<mo>0?[1-9]|1[0-2])-(?P<d>[0-3]?\d)(?!\d)"), _iso,
          _LEAD_BEFORE),
    _Rule("absolute", _compile(r"(?P<mo>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d{2})(?![\d/])"),
          _numeric, _LEAD_BEFORE),
    _Rule("relative", _compile(r"(?P<m>" + _MONTH + r")\s+(?P<d>" + _DAY + r")(?!,?\s*\d)"), _month_day,
          _LEAD_BEFORE),
    _Rule("relative", _compile(r"(?P<d>" + _DAY + r")\s+(?:of\s+)?(?P<m>" + _MONTH + r")"), _month_day,
          _before(r"(?:" + _LEAD_WORDS + r")?the\s+|" + _LEAD_WORDS)),
    _Rule("relative", _compile(r"(?P<m>" + _MONTH + r")(?:,?\s+(?P<y>" + _YEAR + r"))?"), _part_of_month,
          _before(r"(?:" + _LEAD_WORDS + r"|[Aa]t\s+)?(?P<part>[Ee]arly|[Mm]id|[Ll]ate|the (?:end|beginning|start|middle) of)"
                  r"[- ]?"), required=True),
    _Rule("absolute", _compile(r"(?P<m>" + _MONTH + r"),?\s+(?P<y>" + _YEAR + r")"), _month, _LEAD_BEFORE),
    _Rule("relative", _compile(r"(?P<m>" + _MONTH + r")(?!\s*\d)"), _month,
          _before(r"(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)|[Ii]n|[Dd]uring|[Ss]ince|[Ff]rom|[Tt]hroughout|[Ee]arlier in"
                  r"|[Ll]ater in)\s+"), required=True),
    _Rule("absolute", _compile(r"(?P<y>" + _YEAR + r")"), _year,
          _before(r"(?:[Ii]n|[Dd]uring|[Ss]ince|[Tt]hroughout)\s+"), required=True),
    _Rule("absolute", _compile(r"(?P<y>" + _YEAR + r")"), _part_of_year,
          _before(r"(?:[Ii]n\s+)?(?P<part>[Ee]arly|[Mm]id|[Ll]ate)[- ]"), required=True),
    _Rule("absolute", _compile(
        r"(?:[Bb]etween\s+(?P<y1>" + _YEAR + r")\s+and|[Ff]rom\s+(?P<y1b>" + _YEAR + r")\s+(?:to|until|through))\s+"
        r"(?P<y2>" + _YEAR + r")"), _year_range),
    _Rule("relative", _compile(r"(?P<w>" + _WEEKDAY + r")(?!s)(?:\s+(?:morning|afternoon|evening|night))?"),
          _weekday, _before(r"(?:(?:[Oo]n|[Ll]ate|[Ee]arly)\s+)?(?:(?P<rel>[Ll]ast|[Pp]ast|[Tt]his|[Nn]ext)\s+)?")),
    _Rule("relative", _compile(
        r"(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast night"
        r"|(?:[Tt]his|[Ll]ast|[Nn]ext) (?:morning|afternoon|evening|week|month|year)"
        r"|[Ee]arlier (?:this (?:week|month|year)|today)|[Ll]ater this (?:week|month|year))(?![A-Za-z])"),
        _document_relative, _before(r"(?:[Ee]arlier |[Ll]ater )?"),
        hints=("yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening", "week",
               "month", "year")),
    _Rule("relative", _compile(r"(?P<unit>days?|weeks?)\s+ago(?![A-Za-z])"), _ago,
          _before(r"(?P<n>" + _NUM + r"|a few|several)\s+", re.IGNORECASE), required=True),
    _Rule("narrative", _compile(
        r"(?:(?:[Tt]he )?(?:[Nn]ext|[Ff]ollowing|[Pp]revious) (?:day|morning|afternoon|evening|night)"
        r"|[Tt]he day (?:after|before)|(?:[Aa]|[Oo]ne) day (?:later|after|earlier)"
        r"|[Ll]ater that (?:day|morning|afternoon|evening|night)|[Tt]hat (?:same )?(?:day|night|evening|afternoon)"
        r"|[Tt]he same day|[Hh]ours later)(?![A-Za-z])"), _narrative,
        hints=("next", "following", "previous", "the day", "day later", "day after", "day earlier", "that",
               "same day", "hours later")),
    _Rule("narrative", _compile(r"(?P<unit>hours?|days?|weeks?) (?:later|earlier|after)(?![A-Za-z])"), _narrative,
          _before(r"(?:a few|several|some|(?P<n>" + _NUM + r"))\s+", re.IGNORECASE), required=True),
]  # fmt: skip

_DURATION_CORE = re.compile(
    r"(?:day|week|month|year|hour)s?(?:-long)?(?![A-Za-z])(?!\s+(?:later|earlier|ago|after|before))", re.IGNORECASE
)
_DURATION_BEFORE = re.compile(
    r"(?:(?:for|over|in|during)\s+)?(?:(?:a period of|about|around|roughly|nearly|almost|more than|less than|over"
    r"|some|at least|the past|the last)\s+)*"
    r"(?:(?:" + _NUM + r"|several|a few|many)[- ]|an entire |a full |the entire |the whole )\Z",
    re.IGNORECASE,
)


def _word_bounded(text: str, start: int, end: int) -> bool:
    """The match neither starts nor ends inside a word or a number."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum() or (before in "/-" and text[start].isdigit()))


def _is_bound(text: str, start: int, region_start: int) -> bool:
    """The date is preceded by "before", "after", "until": it bounds the event, it does not date it."""
    return bool(_BOUND_WORDS.search(text[max(region_start, start - 16) : start]))


_Raw = tuple[int, int, int, str, Callable[[Any, Context], tuple[date, date, str] | None], _Hit]


def _extend(text: str, rule: _Rule, core: re.Match[str], floor: int) -> _Hit | None:
    """Attach the lead words before a core match; None when the rule requires them and they are absent."""
    if rule.before is None:
        return _Hit(text, core, None, core.start())
    window_start = max(floor, core.start() - _BEFORE_WINDOW)
    before = rule.before.search(text[window_start : core.start()])
    if before is None or before.end() == before.start():
        return None if rule.required else _Hit(text, core, None, core.start())
    return _Hit(text, core, before, window_start + before.start())


def _raw_matches(text: str, start: int, end: int) -> list[_Raw]:
    found = []
    lowered = text[start:end].lower()
    for order, rule in enumerate(_RULES):
        if rule.hints and not any(hint in lowered for hint in rule.hints):
            continue
        for core in rule.core.finditer(text, start, end):
            hit = _extend(text, rule, core, start)
            if hit is not None and hit.end > hit.start and _word_bounded(text, hit.start, hit.end):
                found.append((hit.start, hit.end, order, rule.kind, rule.resolver, hit))
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


def is_future(sentence: str) -> bool:
    """True when the sentence speaks of what is still to come."""
    return bool(_FUTURE.search(sentence))


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
    end = len(text) if end is None else end
    region = text[start:end]
    ctx = Context(document_date, narrative_date or document_date, is_future(region), bool(_WOULD.search(region)))
    raws = scan.between(start, end) if scan is not None else _raw_matches(text, start, end)
    exprs: list[DateExpr] = []
    for m_start, m_end, _order, kind, resolver, match in _without_overlaps(raws):
        if _is_bound(text, m_start, start):
            continue
        resolved = resolver(match, ctx)
        if resolved is None:
            continue
        first, last, precision = resolved
        exprs.append(DateExpr(m_start, m_end, match.group(0), first, last, precision, kind))
    return exprs
